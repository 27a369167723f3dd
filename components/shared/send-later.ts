import type { MessageName, RequestInputOf, ResponseOf } from '../../lib/messaging/protocol';

type Send = <N extends MessageName>(type: N, payload: RequestInputOf<N>) => Promise<ResponseOf<N>>;

let client: Promise<Send> | undefined;

/**
 * createClient(protocol)'s send, with lib/messaging (valibot and every message's schema, the
 * biggest part of the popup's scripts) loaded on the first send instead of with the page: the
 * popup's first status is read from storage, so its first paint waits on none of it.
 */
export const sendLater: Send = async (type, payload) => {
  client ??= import('../../lib/messaging').then(({ createClient, protocol }) => createClient(protocol));
  // A failed chunk load is retried by the next send rather than failing forever.
  client.catch(() => (client = undefined));
  return (await client)(type, payload);
};
