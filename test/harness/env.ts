import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// n8n-core writes its instance settings under the user folder; keep them out of the home directory.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-bitrix24-test-'));
