import { writeFileSync } from 'fs';
import { join } from 'path';

import { renderOperationsDoc } from './operationsDoc';
import { renderTriggerEventsDoc } from './triggerEventsDoc';

writeFileSync(join(__dirname, '..', 'docs', 'operations.md'), renderOperationsDoc());
writeFileSync(join(__dirname, '..', 'docs', 'trigger-events.md'), renderTriggerEventsDoc());
