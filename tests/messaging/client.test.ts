import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createClient, MessagingError, protocol } from '../../lib/messaging';

const send = createClient(protocol);

/** Stands in for the background: answers every message with the given reply. */
function backgroundReplies(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(reply));
}

describe('message client', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns the validated data of an ok reply', async () => {
    backgroundReplies({ ok: true, data: { mailboxes: [] } });
    await expect(send('mailboxes/summary', {})).resolves.toEqual({ mailboxes: [] });
  });

  it('throws the background’s refusal as a MessagingError with its code', async () => {
    backgroundReplies({ ok: false, error: { code: 'forbidden-sender', message: 'nope' } });
    await expect(send('mailboxes/summary', {})).rejects.toMatchObject({ name: 'MessagingError', code: 'forbidden-sender', message: 'nope' });
  });

  it('refuses a reply that does not match the message’s response schema', async () => {
    backgroundReplies({ ok: true, data: { mailboxes: 'all of them' } });
    const error = await send('mailboxes/summary', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessagingError);
    expect((error as MessagingError).code).toBe('malformed');
  });

  it('refuses a missing reply', async () => {
    backgroundReplies(undefined);
    await expect(send('mailboxes/summary', {})).rejects.toMatchObject({ code: 'malformed' });
  });
});
