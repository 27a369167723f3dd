import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { MessagingError, type Reply } from './envelope';
import type { MessageSpec } from './protocol';

type Spec = Pick<MessageSpec, 'request' | 'response'>;

/**
 * A typed sender over a protocol map. Content scripts pass only the content protocol, so their
 * bundle does not carry the extension pages' schemas. Replies are validated on arrival too.
 */
export function createClient<P extends Record<string, Spec>>(map: P) {
  return async function send<N extends keyof P & string>(
    type: N,
    payload: v.InferInput<P[N]['request']>,
  ): Promise<v.InferOutput<P[N]['response']>> {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<unknown> | undefined;
    if (!reply || typeof reply !== 'object') throw new MessagingError('malformed', `no reply to "${type}"`);
    if (!reply.ok) throw new MessagingError(reply.error.code, reply.error.message);
    const spec = map[type];
    if (!spec) throw new MessagingError('unknown-message', `unknown message "${type}"`);
    const parsed = v.safeParse(spec.response, reply.data);
    if (!parsed.success) throw new MessagingError('malformed', `reply to "${type}" does not match its schema`);
    return parsed.output;
  };
}
