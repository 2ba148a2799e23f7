/** Documented errors of the bizproc, messageservice, telephony and documentgenerator families. */
import { Emulator, startEmulator } from './index';
import { viaToken, viaWebhook } from './support/client';

let emulator: Emulator;
let token: string;

beforeAll(async () => {
	emulator = await startEmulator({ rateLimit: { enabled: false } });
	token = emulator.issueTokens().access_token;
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

const errorOf = (reply: { status: number; body: { error: unknown; error_description: string } }) => [reply.status, reply.body.error, reply.body.error_description];

describe('bizproc', () => {
	it('bizproc.workflow.start: empty TEMPLATE_ID, unknown template, a document of another type', async () => {
		const template = emulator.state.bizproc.seedTemplate({ name: 'Deal approval', documentType: ['crm', 'CCrmDocumentDeal', 'DEAL'] }, Date.now());

		expect(errorOf(await viaWebhook(emulator, 'bizproc.workflow.start', {}))).toEqual([400, 'ERROR_WRONG_WORKFLOW_ID', 'Empty TEMPLATE_ID']);
		expect(errorOf(await viaWebhook(emulator, 'bizproc.workflow.start', { TEMPLATE_ID: 99, DOCUMENT_ID: ['crm', 'CCrmDocumentDeal', 'DEAL_1'] }))).toEqual([
			400,
			'ERROR_WRONG_WORKFLOW_ID',
			'Template not found',
		]);
		const lead = await viaWebhook(emulator, 'bizproc.workflow.start', { TEMPLATE_ID: template.id, DOCUMENT_ID: ['crm', 'CCrmDocumentLead', 'LEAD_1'] });
		expect(errorOf(lead)).toEqual([400, '', 'Template type and DOCUMENT_ID mismatch!']);
	});

	it('bizproc.workflow.* refuse users who are not administrators', async () => {
		const userToken = emulator.issueTokens({ userId: 2 }).access_token;
		const reply = await viaToken(emulator, userToken, 'bizproc.workflow.instances');
		expect(errorOf(reply)).toEqual([403, 'ACCESS_DENIED', 'Access denied!']);
	});

	it('bizproc.robot.add: application context, code, handler protocol and a code already installed', async () => {
		const robot = { CODE: 'send_invoice', HANDLER: 'https://example.com/handler', NAME: 'Send invoice' };

		expect(errorOf(await viaWebhook(emulator, 'bizproc.robot.add', robot))).toEqual([400, 'ACCESS_DENIED', 'Application context required']);
		expect(errorOf(await viaToken(emulator, token, 'bizproc.robot.add', { ...robot, CODE: 'send invoice' }))).toEqual([
			400,
			'ERROR_ACTIVITY_VALIDATION_FAILURE',
			'Wrong activity code!',
		]);
		expect(errorOf(await viaToken(emulator, token, 'bizproc.robot.add', { ...robot, HANDLER: 'ftp://example.com' }))).toEqual([
			400,
			'ERROR_UNSUPPORTED_PROTOCOL',
			'Unsupported handler protocol',
		]);
		expect((await viaToken(emulator, token, 'bizproc.robot.add', robot)).body.result).toBe(true);
		expect(errorOf(await viaToken(emulator, token, 'bizproc.robot.add', robot))).toEqual([
			400,
			'ERROR_ACTIVITY_ALREADY_INSTALLED',
			'Activity or Automation rule already installed!',
		]);
	});

	it('bizproc.task.complete: a status the task does not take, then a task already completed', async () => {
		const task = emulator.state.bizproc.seedTask({ workflowId: 'wf', userId: 1 }, Date.now());

		expect(errorOf(await viaWebhook(emulator, 'bizproc.task.complete', { TASK_ID: task.id, STATUS: 'ok' }))).toEqual([
			400,
			'ERROR_TASK_VALIDATION',
			'incorrect STATUS',
		]);
		expect((await viaWebhook(emulator, 'bizproc.task.complete', { TASK_ID: task.id, STATUS: 1 })).body.result).toBe(true);
		expect(errorOf(await viaWebhook(emulator, 'bizproc.task.complete', { TASK_ID: task.id, STATUS: 2 }))).toEqual([
			400,
			'ERROR_TASK_COMPLETED',
			'Task already completed',
		]);
	});

	it('bizproc.event.send refuses an unknown event token', async () => {
		expect(errorOf(await viaWebhook(emulator, 'bizproc.event.send', { EVENT_TOKEN: 'nope' }))).toEqual([403, 'ACCESS_DENIED', 'Access denied!']);
	});
});

describe('messageservice', () => {
	it('messageservice.sender.add: type, duplicate code; status update: unknown status', async () => {
		const sender = { CODE: 'my_sms', TYPE: 'SMS', HANDLER: 'https://example.com/sms', NAME: 'My SMS' };

		expect(errorOf(await viaToken(emulator, token, 'messageservice.sender.add', { ...sender, TYPE: 'MMS' }))).toEqual([
			400,
			'ERROR_SENDER_VALIDATION_FAILURE',
			'Unknown sender message TYPE!',
		]);
		await viaToken(emulator, token, 'messageservice.sender.add', sender);
		expect(errorOf(await viaToken(emulator, token, 'messageservice.sender.add', sender))).toEqual([400, 'ERROR_SENDER_ALREADY_INSTALLED', 'Sender already installed!']);
		emulator.state.messageService.seedMessage({ id: 'm1', clientId: emulator.oauthClient.clientId, senderCode: 'my_sms', status: 'queued' });
		expect(errorOf(await viaToken(emulator, token, 'messageservice.message.status.update', { CODE: 'my_sms', MESSAGE_ID: 'm1', STATUS: 'read' }))).toEqual([
			400,
			'ERROR_MESSAGE_STATUS_INCORRECT',
			'Message status incorrect!',
		]);
	});
});

describe('telephony', () => {
	it('telephony.externalCall.register: webhooks, a missing user, an unknown TYPE', async () => {
		expect(errorOf(await viaWebhook(emulator, 'telephony.externalCall.register', { USER_ID: 1, PHONE_NUMBER: '123', TYPE: 1 }))).toEqual([
			403,
			'WRONG_AUTH_TYPE',
			'Current authorization type is denied for this method',
		]);
		expect(errorOf(await viaToken(emulator, token, 'telephony.externalCall.register', { PHONE_NUMBER: '123', TYPE: 1 }))).toEqual([
			400,
			'ERROR_CORE',
			'USER_ID or USER_PHONE_INNER should be set',
		]);
		expect(errorOf(await viaToken(emulator, token, 'telephony.externalCall.register', { USER_ID: 1, PHONE_NUMBER: '123', TYPE: 9 }))).toEqual([400, 'ERROR_CORE', 'Unknown TYPE']);
	});

	it('telephony.externalCall.attachRecord needs a finished call; externalLine.add refuses a number twice', async () => {
		const { body } = await viaToken(emulator, token, 'telephony.externalCall.register', { USER_ID: 1, PHONE_NUMBER: '123', TYPE: 1 });
		const attach = await viaToken(emulator, token, 'telephony.externalCall.attachRecord', { CALL_ID: body.result.CALL_ID, RECORD_URL: 'https://pbx.example.com/a.mp3' });
		expect(errorOf(attach)).toEqual([400, 'ERROR_CORE', 'Call is not found in the statistic table. It looks like it is not finished yet.']);

		await viaToken(emulator, token, 'telephony.externalLine.add', { NUMBER: '100' });
		expect(errorOf(await viaToken(emulator, token, 'telephony.externalLine.add', { NUMBER: '100' }))).toEqual([400, 'ERROR_CORE', 'Line already exists']);
	});
});

describe('voximplant.sip', () => {
	it('refuses a title in use, an unknown CONFIG_ID and an unknown REG_ID', async () => {
		await viaWebhook(emulator, 'voximplant.sip.add', { SERVER: 'sip.provider.com', LOGIN: 'a', TITLE: 'Main' });

		expect(errorOf(await viaWebhook(emulator, 'voximplant.sip.add', { SERVER: 'sip.provider.com', LOGIN: 'b', TITLE: 'Main' }))).toEqual([
			400,
			'TITLE_EXISTS',
			'The specified connection name is already registered in the system',
		]);
		expect(errorOf(await viaWebhook(emulator, 'voximplant.sip.add', { LOGIN: 'b' }))).toEqual([400, 'CHECK_FIELDS_ERROR', 'Server address not specified']);
		expect(errorOf(await viaWebhook(emulator, 'voximplant.sip.delete', { CONFIG_ID: 9 }))).toEqual([400, 'ERROR_NOT_FOUND', 'Specified CONFIG_ID is not found']);
		expect(errorOf(await viaWebhook(emulator, 'voximplant.sip.status', { REG_ID: 1 }))).toEqual([400, 'REG_ID_NOT_FOUND', 'Settings not found']);
	});
});

describe('documentgenerator', () => {
	it('documentgenerator.document.add: missing value, unknown and deleted templates', async () => {
		const template = emulator.state.docgen.seedTemplate({ name: 'Contract' }, Date.now());

		expect(errorOf(await viaWebhook(emulator, 'documentgenerator.document.add', { templateId: template.id }))).toEqual([400, '0', 'Empty required parameter "value"']);
		expect(errorOf(await viaWebhook(emulator, 'documentgenerator.document.add', { templateId: 99, value: 'X_1' }))).toEqual([400, '0', 'Template not found']);
		await viaWebhook(emulator, 'documentgenerator.template.delete', { id: template.id });
		expect(errorOf(await viaWebhook(emulator, 'documentgenerator.document.add', { templateId: template.id, value: 'X_1' }))).toEqual([
			400,
			'0',
			'Cannot create document on deleted template',
		]);
	});

	it('numerators not added over REST cannot be changed; template.add names the empty required fields', async () => {
		expect(errorOf(await viaWebhook(emulator, 'documentgenerator.numerator.delete', { id: 1 }))).toEqual([400, 'DOCGEN_ACCESS_ERROR', 'Access denied']);
		expect(errorOf(await viaWebhook(emulator, 'documentgenerator.template.add', { fields: { name: 'Contract', fileId: 5 } }))).toEqual([
			400,
			'0',
			'Empty required fields: numeratorId, region',
		]);
	});
});
