/** im.notify.personal.add / system.add / delete / read / read.all */
import { RestError } from '../../errors';
import { isYes, phpEmpty, toInt, toPhpString } from '../../php';
import type { ImNotification } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { checkPayload } from '../imbot/shared';
import { imErrors } from './shared';

const clientIdMissing = () => new RestError('ACCESS_DENIED', 'Access denied! Client ID not specified', 403);

/** The sending application: the token's client id, or CLIENT_ID (webhooks pass it with TAG / SUB_TAG). */
function senderApp(ctx: CallContext): string {
	return ctx.auth.clientId ?? toPhpString(ctx.params.CLIENT_ID).trim();
}

function send(kind: ImNotification['kind']) {
	return (ctx: CallContext): MethodResult => {
		const userId = toInt(ctx.params.USER_ID);
		if (userId <= 0) throw imErrors.userIdEmpty();
		const text = toPhpString(ctx.params.MESSAGE).trim();
		if (text === '') throw new RestError('MESSAGE_EMPTY', "Message can't be empty");
		checkPayload(ctx.params.ATTACH, 'ATTACH');
		const tag = toPhpString(ctx.params.TAG);
		const subTag = toPhpString(ctx.params.SUB_TAG);
		const clientId = senderApp(ctx);
		if ((tag !== '' || subTag !== '') && clientId === '') throw clientIdMissing();
		const { notifications } = ctx.state.im;
		if (tag !== '') {
			for (const existing of [...notifications.values()]) if (existing.clientId === clientId && existing.tag === tag) notifications.delete(existing.id);
		}
		const notification: ImNotification = {
			id: ctx.state.im.notificationIds.next(),
			userId,
			authorId: kind === 'personal' ? ctx.auth.userId : 0,
			kind,
			text,
			textOut: toPhpString(ctx.params.MESSAGE_OUT),
			tag,
			subTag,
			clientId,
			read: false,
			dateMs: ctx.nowMs,
		};
		notifications.set(notification.id, notification);
		return { result: notification.id };
	};
}

/** By ID (the caller's own notifications), or by TAG / SUB_TAG among the application's. */
function remove(ctx: CallContext): MethodResult {
	const { notifications } = ctx.state.im;
	if (!phpEmpty(ctx.params.ID)) {
		const notification = notifications.get(toInt(ctx.params.ID));
		if (!notification || notification.userId !== ctx.auth.userId) return { result: false };
		notifications.delete(notification.id);
		return { result: true };
	}
	const tag = toPhpString(ctx.params.TAG);
	const subTag = toPhpString(ctx.params.SUB_TAG);
	if (tag === '' && subTag === '') throw new RestError('PARAMS_ERROR', 'Incorrect params');
	const clientId = senderApp(ctx);
	if (clientId === '') throw clientIdMissing();
	for (const notification of [...notifications.values()]) {
		if (notification.clientId !== clientId) continue;
		if ((tag !== '' && notification.tag === tag) || (subTag !== '' && notification.subTag === subTag)) notifications.delete(notification.id);
	}
	return { result: true };
}

/** ACTION Y (default) reads, N unreads; ONLY_CURRENT=Y touches that ID only, otherwise every ID from it on. */
function read(ctx: CallContext): MethodResult {
	if (ctx.params.ID === undefined) return { result: true };
	const fromId = toInt(ctx.params.ID);
	const markRead = ctx.params.ACTION === undefined || isYes(ctx.params.ACTION);
	const onlyCurrent = toPhpString(ctx.params.ONLY_CURRENT).toUpperCase() === 'Y';
	for (const notification of ctx.state.im.notifications.values()) {
		if (notification.userId !== ctx.auth.userId) continue;
		if (onlyCurrent ? notification.id === fromId : notification.id >= fromId) notification.read = markRead;
	}
	return { result: true };
}

function readAll(ctx: CallContext): MethodResult {
	for (const notification of ctx.state.im.notifications.values()) if (notification.userId === ctx.auth.userId) notification.read = true;
	return { result: true };
}

export const notificationMethods: MethodSpec[] = [
	{ name: 'im.notify.personal.add', scopes: ['im'], handler: send('personal') },
	{ name: 'im.notify.system.add', scopes: ['im'], handler: send('system') },
	{ name: 'im.notify.delete', scopes: ['im'], handler: remove },
	{ name: 'im.notify.read', scopes: ['im'], handler: read },
	{ name: 'im.notify.read.all', scopes: ['im'], handler: readAll },
];
