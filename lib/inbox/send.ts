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

/** A refusal or a malformed reply from the background. */
export class InboxMessageError extends Error {
  override name = 'InboxMessageError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type ErrorReply = { ok: false; error: { code: string; message: string } };

export async function sendToBackground<N extends InboxMessage>(type: N, payload: RequestInputOf<N>): Promise<ResponseOf<N>> {
  const runtime = nativeRuntime();
  if (!runtime) throw new InboxMessageError('invalidated', 'extension context invalidated');
  // Chromium throws synchronously ("Extension context invalidated") instead of rejecting.
  const reply = (await Promise.resolve().then(() => runtime.sendMessage({ type, payload }))) as unknown;
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new InboxMessageError('malformed', `no reply to "${type}"`);
  if (reply.ok !== true) {
    const { error } = reply as ErrorReply;
    throw new InboxMessageError(String(error?.code ?? 'malformed'), String(error?.message ?? `"${type}" failed`));
  }
  const data = (reply as { data?: unknown }).data;
  const guard = replyGuards[type] as (value: unknown) => value is ResponseOf<N>;
  if (!guard(data)) throw new InboxMessageError('malformed', `reply to "${type}" does not match its schema`);
  return data;
}
