import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createPartnerSeenHandler } from '../../lib/background/handlers/partner-seen';
import { partnerSeenProtocol } from '../../lib/messaging/partner-seen-protocol';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import { currentDomain, partnerAccount, type PartnerFacts } from '../../lib/partner/facts';
import { createRepo } from '../../lib/store/repo';

const PATH = '/settings/4480123/partner/automation';
const hubspot: ClassifiedSender = { kind: 'content', tabId: 3, host: 'app.hubspot.com', url: `https://app.hubspot.com${PATH}` };

function setup() {
  const repo = createRepo({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 11, 7, 12, minute++)).toISOString();
  const handle = createPartnerSeenHandler(repo, now);
  const send = (request: v.InferInput<(typeof partnerSeenProtocol)['partner/seen']['request']>, sender = hubspot) =>
    handle(v.parse(partnerSeenProtocol['partner/seen'].request, request), { sender });
  const facts = async (): Promise<PartnerFacts> => ({
    portal: { id: 4480123, uiHost: 'app.hubspot.com' },
    observations: await repo.getAllByIndex('observations', 'address', 'partner:4480123'),
    users: [],
  });
  return { repo, send, facts };
}

describe('partner/seen handler', () => {
  it('stores the Automation page reading about the portal, with host, path, time and the signed-in user', async () => {
    const { send, facts } = setup();
    expect(await send({ path: PATH, portalId: '4480123', partner: true, user: 'Anna@Kancelaria.pl', automation: { domain: 'Gmail.com', editable: true } })).toEqual({ stored: 2 });
    const seen = await facts();
    expect(partnerAccount(seen)).toBe('partner');
    expect(currentDomain(seen)).toEqual({ seen: true, domain: 'gmail.com', at: '2026-12-07T12:00:00.000Z', where: `app.hubspot.com${PATH}`, editable: true });
    expect(seen.observations.find((o) => o.kind === 'partner-domain')?.value).toEqual({ portalId: '4480123', domain: 'gmail.com', editable: true, user: 'anna@kancelaria.pl' });
  });

  it('a reload showing the same touches the reading; a change adds one', async () => {
    const { send, facts } = setup();
    const reading = { path: PATH, portalId: '4480123', partner: true, automation: { domain: 'gmail.com', editable: true } };
    await send(reading);
    await send(reading);
    expect((await facts()).observations).toHaveLength(2);
    await send({ ...reading, automation: { domain: 'kancelaria.pl', editable: true } });
    const after = await facts();
    expect(after.observations.filter((o) => o.kind === 'partner-domain')).toHaveLength(2);
    expect(currentDomain(after)).toMatchObject({ domain: 'kancelaria.pl', at: '2026-12-07T12:02:00.000Z' });
  });

  it('refuses another host, another portal than the path names, and extension pages', async () => {
    const { send, facts } = setup();
    const reading = { path: PATH, portalId: '4480123', partner: true };
    await expect(send(reading, { kind: 'content', tabId: 1, host: 'mail.google.com', url: 'https://mail.google.com/' })).rejects.toThrow(/not read on mail.google.com/);
    await expect(send({ ...reading, portalId: '999' })).rejects.toThrow(/not about the portal/);
    await expect(send(reading, { kind: 'extension', url: 'chrome-extension://x/sidepanel.html' })).rejects.toThrow();
    expect((await facts()).observations).toEqual([]);
  });
});
