/**
 * The editor in a real browser: n8n's UI on loopback, driven by headless Chromium (Debian's,
 * through playwright-core). A person's path: find Bitrix24 in the node creator, add it from
 * an action, pick a resource and an operation, open each credential type's form, then fill the
 * field mapper and a record picker from the portal. Screenshots go to test-artifacts/. Fails when
 * the node, its icon, a credential form, the mapper's fields or the picker's list does not render.
 */
import { expect } from 'expect';
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Locator, Page } from 'playwright-core';

import type { Emulator } from '../../test/emulator';
import { CREDENTIALS, manualTrigger, NODE_TYPE, PACKAGE_NAME, workflow, WorkflowJson } from './fixtures';
import type { N8nInstance, N8nServer } from './n8n';
import { startServer } from './n8n';
import { check, log } from './report';

export const EDITOR_WORKFLOW_ID = 'bx24editor000001';

/** The workflow the browser opens: a manual trigger, waiting for its next node. */
export function editorWorkflow(): WorkflowJson {
	return workflow(EDITOR_WORKFLOW_ID, 'Bitrix24 editor check', [manualTrigger('When clicking ‘Execute workflow’')], []);
}

const OWNER = { email: 'owner@example.com', firstName: 'E2E', lastName: 'Owner', password: 'Passw0rd!e2e' };

/** What each credential form must show (labels of its own fields). */
const FORMS: Array<{ key: keyof typeof CREDENTIALS; title: string; labels: string[]; tested: boolean }> = [
	{ key: 'webhook', title: 'Bitrix24 Webhook API', labels: ['Webhook URL', 'Rate Limit'], tested: true },
	{ key: 'oAuth2', title: 'Bitrix24 OAuth2 API', labels: ['Portal URL', 'Access Token URL', 'Client ID', 'Client Secret', 'OAuth Redirect URL'], tested: false },
	{ key: 'apiKey', title: 'Bitrix24 Access Token (API Key) API', labels: ['Portal URL', 'Access Token', 'Rate Limit'], tested: true },
];

const AUTH_OPTION: Record<keyof typeof CREDENTIALS, string> = {
	webhook: 'Webhook URL',
	oAuth2: 'OAuth2',
	apiKey: 'API Key (Local Application Token)',
};

async function iconRendered(image: Locator): Promise<boolean> {
	await image.waitFor({ state: 'visible', timeout: 15_000 });
	return await image.evaluate((element) => {
		const img = element as unknown as { complete: boolean; naturalWidth: number };
		return img.complete && img.naturalWidth > 0;
	});
}

async function pickOption(page: Page, parameter: string, option: string): Promise<void> {
	await page.locator(`[data-test-id="parameter-input-${parameter}"]`).first().click();
	await page.waitForTimeout(300);
	if (process.env.E2E_DEBUG) await page.screenshot({ path: `/tmp/e2e-pick-${parameter}-${option.replace(/\W+/g, '_')}.png` });
	// an option holds its name and, for resources, a description below it
	await page.locator('.el-select-dropdown__item:visible').filter({ has: page.getByText(option, { exact: true }) }).first().click();
	await page.waitForTimeout(500);
}

/** Closes an open credential dialog (not the node's details view). */
async function closeCredentialDialog(page: Page): Promise<void> {
	if (!(await page.locator('[data-test-id="credential-edit-dialog"]:visible').count())) return;
	const dialog = page.locator('.el-dialog:visible').filter({ has: page.locator('[data-test-id="credential-edit-dialog"]') }).first();
	await dialog.locator('.el-dialog__headerbtn, [aria-label="Close"]').first().click();
	await page.waitForTimeout(400);
}

export async function editorChecks(instance: N8nInstance, chromiumPath: string, emulator: Emulator, dir: string): Promise<void> {
	const group = `n8n ${instance.install.target.version} editor`;
	mkdirSync(dir, { recursive: true });
	let server: N8nServer | undefined;
	let browser: Browser | undefined;
	try {
		const started = await check(group, 'n8n start: editor up on 127.0.0.1, package loaded', async () => {
			server = await startServer(instance);
		});
		if (!started || !server) return;
		const { url } = server;
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		context.setDefaultTimeout(30_000);
		const page = await context.newPage();
		const shot = (name: string) => page.screenshot({ path: join(dir, `${name}.png`) });
		/** A check of the page: on failure the page is kept as a screenshot for the report. */
		const pageCheck = (name: string, file: string, body: () => Promise<void>) =>
			check(group, name, async () => {
				try {
					await body();
				} catch (error) {
					await shot(`failed-${file}`).catch(() => undefined);
					throw new Error(`${(error as Error).message}\n(screenshot: ${join(dir, `failed-${file}.png`)})`);
				}
			});

		const ready = await check(group, 'owner set up; the editor lists the Bitrix24 node, its three credentials and their icons', async () => {
			const setup = await context.request.post(`${url}/rest/owner/setup`, { data: OWNER });
			expect(setup.status()).toBe(200);
			const nodes = (await (await context.request.get(`${url}/types/nodes.json`)).json()) as Array<{ name: string; iconUrl?: string | { light: string } }>;
			const node = nodes.find((entry) => entry.name === NODE_TYPE);
			expect(node).toBeDefined();
			const credentials = (await (await context.request.get(`${url}/types/credentials.json`)).json()) as Array<{ name: string; iconUrl?: string | { light: string } }>;
			const ours = Object.values(CREDENTIALS).map((credential) => credentials.find((entry) => entry.name === credential.type));
			expect(ours.every(Boolean)).toBe(true);
			for (const entry of [node, ...ours]) {
				const icon = typeof entry?.iconUrl === 'string' ? entry.iconUrl : entry?.iconUrl?.light;
				expect(icon).toContain(`icons/${PACKAGE_NAME}/`);
				const response = await context.request.get(`${url}/${String(icon).replace(/^\//, '')}`);
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toContain('svg');
			}
		});
		if (!ready) return;

		const found = await pageCheck('node creator: searching "Bitrix24" shows the node with its own icon', 'node-creator', async () => {
			await page.goto(`${url}/workflow/${EDITOR_WORKFLOW_ID}`);
			await page.locator('[data-test-id="canvas-node"]').first().waitFor();
			await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
			await page.locator('[data-test-id="node-creator-search-bar"]').first().waitFor();
			await page.keyboard.type('Bitrix24');
			const item = page.locator('[data-test-id="node-creator-node-item"], [data-test-id="item-iterator-item"]').filter({ hasText: 'Bitrix24' }).first();
			await item.waitFor();
			await page.waitForTimeout(500);
			await shot('01-node-creator-search');
			expect(await iconRendered(item.locator(`img[src*="${PACKAGE_NAME}"]`).first())).toBe(true);
			await item.click();
			const action = page.locator('[data-test-id="node-creator-action-item"], [data-test-id="item-iterator-item"]').filter({ hasText: 'Create a CRM item' }).first();
			await action.waitFor();
			await shot('02-node-creator-actions');
		});
		if (!found) return;

		const added = await pageCheck('added from the action "Create a CRM item"; resource and operation pickers work', 'ndv', async () => {
			await page.locator('[data-test-id="node-creator-action-item"], [data-test-id="item-iterator-item"]').filter({ hasText: 'Create a CRM item' }).first().click({ noWaitAfter: true });
			const ndv = page.locator('[data-test-id="ndv"]').first();
			await ndv.waitFor();
			await page.locator('[data-test-id="parameter-input-resource"]').first().waitFor();
			expect(await page.locator('[data-test-id="parameter-input-resource"] input').first().inputValue()).toBe('CRM Item');
			expect(await page.locator('[data-test-id="parameter-input-operation"] input').first().inputValue()).toBe('Create');
			await shot('03-ndv-create-crm-item');
			await pickOption(page, 'resource', 'Data Storage Item');
			await pickOption(page, 'operation', 'Get Many');
			await page.getByText('Return All', { exact: true }).filter({ visible: true }).first().waitFor();
			await pickOption(page, 'resource', 'CRM Item');
			await pickOption(page, 'operation', 'Get Many');
			await page.getByText('Entity Type ID', { exact: true }).filter({ visible: true }).first().waitFor();
			await page.getByText('Filter (JSON)', { exact: true }).filter({ visible: true }).first().waitFor();
			await shot('04-ndv-crm-item-get-many');
		});
		if (!added) return;

		for (const form of FORMS) {
			const credential = CREDENTIALS[form.key];
			await pageCheck(`credential form renders: ${form.title}${form.tested ? ' (its test calls the emulator)' : ''}`, `credential-${form.key}`, async () => {
				await closeCredentialDialog(page);
				const authentication = page.locator('[data-test-id="parameter-input-authentication"]');
				if (await authentication.count()) await pickOption(page, 'authentication', AUTH_OPTION[form.key]);
				await page.locator('[data-test-id="node-credentials-select"]').first().click();
				await page.locator(`[data-test-id="node-credentials-select-item-${credential.id}"]`).first().click();
				await page.waitForTimeout(500);
				const before = emulator.requests.length;
				await page.locator('[data-test-id="credential-edit-button"]').first().click();
				await page.locator('[data-test-id="credential-edit-dialog"]:visible').first().waitFor();
				// the whole modal: its header holds the credential's name, type and icon
				const dialog = page.locator('.el-dialog:visible').filter({ has: page.locator('[data-test-id="credential-edit-dialog"]') }).first();
				await dialog.getByText(form.title, { exact: true }).filter({ visible: true }).first().waitFor();
				// a required field's label ends with " *"
				for (const label of form.labels) await dialog.getByText(new RegExp(`^\\s*${label}\\s*\\*?\\s*$`)).filter({ visible: true }).first().waitFor();
				expect(await iconRendered(dialog.locator(`img[src*="${PACKAGE_NAME}"]`).first())).toBe(true);
				if (form.tested) {
					await dialog.getByText('Connection tested successfully').filter({ visible: true }).first().waitFor();
					expect(emulator.requests.slice(before).some((request) => request.restMethod === 'server.time')).toBe(true);
				}
				await page.waitForTimeout(300);
				await shot(`05-credential-${form.key}`);
				// its close button (Escape would close the node's details view as well)
				await dialog.locator('.el-dialog__headerbtn, [aria-label="Close"], [aria-label="Close this dialog"]').first().click();
				await page.locator('[data-test-id="credential-edit-dialog"]:visible').first().waitFor({ state: 'detached' });
			});
		}

		await pageCheck('Deal: "Fields by name" lists the portal\'s deal fields; the Deal picker lists the portal\'s deals', 'deal-mapper-picker', async () => {
			await closeCredentialDialog(page);
			const fieldsAsked = emulator.requests.length;
			await pickOption(page, 'resource', 'Deal');
			await pickOption(page, 'operation', 'Create');
			const mapper = page.locator('[data-test-id="mapping-fields-container"]').filter({ visible: true }).first();
			await mapper.waitFor();
			// no deal field is required, so none is listed until added (n8n 1.x: a select, 2.x: a menu)
			await mapper.locator('[data-test-id="add-fields-select"]').locator('button, input').filter({ visible: true }).first().click();
			await page.getByText(/^\s*Title\s*$/).filter({ visible: true }).first().click();
			await mapper.getByText(/^\s*Title\s*$/).filter({ visible: true }).first().waitFor();
			expect(emulator.requests.slice(fieldsAsked).some((request) => request.restMethod === 'crm.deal.fields')).toBe(true);
			// n8n 1.x fades its select's options out
			await page.locator('.el-select-dropdown__item:visible').first().waitFor({ state: 'hidden' });
			await shot('07-deal-fields-by-name');

			const title = `E2E picker deal ${Date.now()}`;
			emulator.seed.call('crm.deal.add', { fields: { TITLE: title } });
			await pickOption(page, 'operation', 'Get');
			const listAsked = emulator.requests.length;
			await page.locator('[data-test-id="rlc-input"]').filter({ visible: true }).first().click();
			await page.locator('[data-test-id="rlc-search"]').filter({ visible: true }).first().waitFor();
			await page.getByText(title).filter({ visible: true }).first().waitFor();
			expect(emulator.requests.slice(listAsked).some((request) => request.restMethod === 'crm.deal.list')).toBe(true);
			await shot('08-deal-picker-list');
			// n8n 1.x keeps the list open on Escape; a click outside it closes it there
			await page.keyboard.press('Escape');
			const search = page.locator('[data-test-id="rlc-search"]');
			if (await search.filter({ visible: true }).count()) await page.getByText('Parameters', { exact: true }).filter({ visible: true }).first().click();
			await search.first().waitFor({ state: 'hidden' });
		});

		await pageCheck('the node sits on the canvas with its own icon', 'canvas', async () => {
			await closeCredentialDialog(page);
			if (await page.locator('[data-test-id="ndv"]:visible').count()) await page.keyboard.press('Escape');
			await page.locator('[data-test-id="ndv"]').first().waitFor({ state: 'hidden' });
			const node = page.locator('[data-test-id="canvas-node"]').filter({ has: page.locator(`img[src*="${PACKAGE_NAME}"]`) }).first();
			expect(await iconRendered(node.locator(`img[src*="${PACKAGE_NAME}"]`).first())).toBe(true);
			await shot('06-canvas');
		});
		log(`${group}: screenshots in ${dir}`);
	} finally {
		await browser?.close().catch(() => undefined);
		await server?.stop();
	}
}
