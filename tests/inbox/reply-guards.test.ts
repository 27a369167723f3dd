import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentProtocol } from '../../lib/messaging/content-protocol';
import { replyGuards, type InboxMessage } from '../../lib/inbox/reply-guards';

/** Replies that must be accepted or refused alike by the hand guard and the protocol's schema. */
const status = { address: 'anna@example.com', status: 'linked', provider: 'google', kind: 'personal', checkedAt: null, label: 'Linked' };
const chip = {
  place: 'right',
  labels: ['Linked', 'Broken'],
  text: { options: 'Move or hide', header: 'Header', right: 'Right', left: 'Left', hidden: 'Hide on mail.google.com', shown: 'Mailbox shown: a@b.example' },
};
const samples: Record<InboxMessage, unknown[]> = {
  'mailbox/status': [
    status,
    { ...status, checkedAt: '2026-11-22T07:00:00Z', kind: 'team', status: 'half-unlinked' },
    { ...status, label: '<img src=x onerror=alert(1)>' },
    { ...status, status: 'unknown', hint: { text: 'Open Connected emails once', detail: 'No API: open it once.' } },
    { ...status, hint: { text: 'Open Connected emails once' } },
    { ...status, hint: 'Open Connected emails once' },
    { ...status, hint: null },
    { ...status, signedInAs: { address: 'you@example.com', status: 'not-linked', label: 'Signed in as you@example.com' } },
    { ...status, signedInAs: { address: 'you@example.com', status: 'gone', label: 'x' } },
    { ...status, signedInAs: 'you@example.com' },
    { ...status, chip },
    { ...status, chip: { ...chip, place: 'top' } },
    { ...status, chip: { ...chip, labels: ['a', 3] } },
    { ...status, chip: { ...chip, text: { ...chip.text, hidden: undefined } } },
    { ...status, chip: { ...chip, text: 'Move' } },
    { ...status, status: 'fine' },
    { ...status, kind: 'shared' },
    { ...status, checkedAt: 5 },
    { ...status, label: undefined },
    { ...status, address: null },
    { ...status, provider: 7 },
    [],
    null,
    'linked',
  ],
  'page/drift': [{ stored: true }, { stored: 1 }, undefined],
  'sidepanel/open': [{ opened: false }, { opened: true, extra: 1 }, { open: true }, 0],
  'chip/place': [{ saved: true }, { saved: 'yes' }, {}],
};

describe.each(Object.keys(samples) as InboxMessage[])('reply guard of %s', (type) => {
  it('accepts exactly what the protocol schema accepts', () => {
    const schema = contentProtocol[type].response;
    const verdicts = samples[type].map((sample) => [replyGuards[type](sample), v.safeParse(schema, sample).success]);
    for (const [guard, schemaSays] of verdicts) expect(guard).toBe(schemaSays);
    // Each message's samples hold both kinds, so the comparison can fail either way.
    expect(new Set(verdicts.map(([guard]) => guard))).toEqual(new Set([true, false]));
  });
});
