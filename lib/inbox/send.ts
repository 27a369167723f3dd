import type { RequestInputOf, ResponseOf } from '../messaging/protocol';
import { replyGuards, type InboxMessage } from './reply-guards';

/**
 * The inbox content script's messaging client, without webextension-polyfill and valibot: both
 * browsers give MV3 content scripts a promise-returning `runtime.sendMessage` (`browser` in
 * Firefox, `chrome` in Chromium), and the content bundle must stay under 8 KB gzipped.
 *
 * Validation stays on both ends: the background's router validates every request against the
 * valibot protocol (and checks the sender), and each reply is checked here by a small hand
 * written guard (reply-guards.ts, held equal to the protocol's schemas by a unit test).
 */

interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The extension runtime, or undefined once the context is invalidated (extension updated). */
export function nativeRuntime(): NativeRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  return runtime?.id ? runtime : undefined;
}

type ErrorReply = { ok: false; error?: { message?: string } };

/**
 * Sends one message and checks its reply. Throws (an Error whose message says why) when the
 * context is invalidated, the background refuses, or the reply does not match its schema: the
 * caller logs it at debug level and leaves the page alone.
 */
export async function sendToBackground<N extends InboxMessage>(type: N, payload: RequestInputOf<N>): Promise<ResponseOf<N>> {
  const runtime = nativeRuntime();
  if (!runtime) throw new Error('extension context invalidated');
  // Chromium throws synchronously ("Extension context invalidated") instead of rejecting.
  const reply = (await Promise.resolve().then(() => runtime.sendMessage({ type, payload }))) as unknown;
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`no reply to "${type}"`);
  if (reply.ok !== true) throw new Error(String((reply as ErrorReply).error?.message ?? `"${type}" failed`));
  const data = (reply as { data?: unknown }).data;
  const guard = replyGuards[type] as (value: unknown) => value is ResponseOf<N>;
  if (!guard(data)) throw new Error(`reply to "${type}" does not match its schema`);
  return data;
}
