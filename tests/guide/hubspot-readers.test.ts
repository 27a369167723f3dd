// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readChannels } from '../../lib/pages/hubspot/channels';
import { readConnectedEmails } from '../../lib/pages/hubspot/connected-emails';
import { PAGE_READERS, readerFor } from '../../lib/guide/page-readers';
import { demoWorld, LANGUAGES, sandboxDocument, toDocument } from './sandbox-pages';

const PORTAL = 4480123;
const EMAILS = `/settings/${PORTAL}/user-preferences/email`;
const KATRIN = 'katrin.sommer@nordlicht.example';
const ERROR_TEXT = { en: 'HubSpot no longer has access', de: 'HubSpot hat keinen Zugriff', sv: 'HubSpot har inte längre' } as const;

/** The demo world with two more inboxes for the signed-in user (Katrin): one disabled, one failing. */
const katrinsWorld = (language: (typeof LANGUAGES)[number]) =>
  demoWorld(language, (s) => {
    s.personalInboxes?.push(
      { userId: '51200101', address: 'katrin.old@nordlicht.example', provider: 'google', state: 'disabled' },
      { userId: '51200101', address: 'Katrin.Office@nordlicht-nordic.example', provider: 'microsoft365', state: 'connected', error: 'access-revoked' },
      { userId: '51200101', address: 'katrin.gone@nordlicht.example', provider: 'google', state: 'removed' },
    );
  });

describe.each(LANGUAGES)('HubSpot Connected emails (%s)', (language) => {
  it('reads each row of the signed-in user: address, state and error', async () => {
    const doc = await sandboxDocument(katrinsWorld(language), `https://app.hubspot.com${EMAILS}`);
    const page = readConnectedEmails(doc, EMAILS);
    expect(page?.portalId).toBe(PORTAL);
    expect(page?.user).toBe(KATRIN);
    expect(page?.rows.map((r) => [r.address, r.state, r.provider])).toEqual([
      [KATRIN, 'connected', 'google'],
      ['katrin.old@nordlicht.example', 'disabled', 'google'],
      ['katrin.office@nordlicht-nordic.example', 'connected', 'microsoft365'],
    ]);
    expect(page?.rows[0]?.error).toBeNull();
    expect(page?.rows[2]?.error).toContain(ERROR_TEXT[language]);
  });

  it('becomes a snapshot scoped to the portal and the user', async () => {
    const doc = await sandboxDocument(katrinsWorld(language), `https://app.hubspot.com${EMAILS}`);
    const url = new URL(`https://app.hubspot.com${EMAILS}`);
    const snapshot = readerFor(url)?.read(doc, url);
    expect(snapshot).toMatchObject({ kind: 'crm-personal-inbox', path: EMAILS, scope: `portal:${PORTAL}:user:${KATRIN}` });
    expect(snapshot !== 'skip' && snapshot?.items[1]).toEqual({ address: 'katrin.old@nordlicht.example', value: { state: 'disabled', error: null, provider: 'google', portalId: PORTAL } });
  });

  it('reads an empty list as empty, not as unreadable', async () => {
    const world = demoWorld(language, (s) => (s.personalInboxes = s.personalInboxes?.filter((i) => i.userId !== '51200101')));
    const page = readConnectedEmails(await sandboxDocument(world, `https://app.hubspot.com${EMAILS}`), EMAILS);
    expect(page?.rows).toEqual([]);
  });

  it('gives undefined, without throwing, when the tab label is not there or the panel is loading', async () => {
    const world = katrinsWorld(language);
    const renamed = await sandboxDocument(world, `https://app.hubspot.com${EMAILS}`);
    const tab = renamed.querySelector('[role="tab"]');
    if (tab) tab.textContent = 'Something else';
    expect(readConnectedEmails(renamed, EMAILS)).toBeUndefined();

    const loading = await sandboxDocument(world, `https://app.hubspot.com${EMAILS}`);
    loading.querySelector('[role="tabpanel"]')?.setAttribute('aria-busy', 'true');
    expect(readConnectedEmails(loading, EMAILS)).toBeUndefined();

    const gutted = await sandboxDocument(world, `https://app.hubspot.com${EMAILS}`);
    gutted.body.innerHTML = '<main><div class="new-layout"></div></main>';
    expect(() => readConnectedEmails(gutted, EMAILS)).not.toThrow();
    expect(readConnectedEmails(gutted, EMAILS)).toBeUndefined();
  });
});

it('reads a layout without tabs by the heading of the same label', () => {
  const doc = new DOMParser().parseFromString(`<html lang="de"><body><main><section><h2>Verknüpfte E-Mails</h2>
<table><tr><th>E-Mail</th><th>Status</th></tr><tr><td>anna@x.example</td><td>Deaktiviert</td></tr></table></section></main></body></html>`, 'text/html');
  expect(readConnectedEmails(doc, EMAILS)?.rows).toEqual([{ address: 'anna@x.example', state: 'disabled', error: null, provider: null }]);
});

it('does not read English labels on a German page', async () => {
  const doc = await sandboxDocument(katrinsWorld('en'), `https://app.hubspot.com${EMAILS}`);
  doc.documentElement.lang = 'de';
  expect(readConnectedEmails(doc, EMAILS)).toBeUndefined();
});

describe.each(LANGUAGES)('HubSpot Channels (%s)', (language) => {
  const path = (inbox: string) => `/live-messages-settings/${PORTAL}/inboxes/${inbox}/channels`;

  it('lists the team email channels of the inbox in the path', async () => {
    const world = demoWorld(language);
    const sales = readChannels(await sandboxDocument(world, `https://app.hubspot.com${path('147002')}`), path('147002'));
    expect(sales).toEqual({
      portalId: PORTAL,
      inboxId: '147002',
      // Who connected each channel, from the "Connected by" column in the page's language.
      channels: [
        { address: 'saljare@nordlicht-nordic.example', provider: 'microsoft365', connectedBy: 'lars.andersson@nordlicht-nordic.example' },
        { address: 'info@nordlicht.example', provider: 'google', connectedBy: 'hannah.schmidt@nordlicht.example' },
      ],
      listing: 'complete',
    });
    const url = new URL(`https://app.hubspot.com${path('147001')}`);
    const doc = await sandboxDocument(world, url.href);
    expect(readerFor(url)?.read(doc, url)).toEqual({
      kind: 'crm-team-channel',
      path: path('147001'),
      scope: `portal:${PORTAL}:inbox:147001`,
      items: [{ address: 'support@nordlicht.example', value: { inboxId: '147001', archived: false, provider: 'google', connectedBy: 'katrin.sommer@nordlicht.example', portalId: PORTAL } }],
      listing: 'complete',
    });
  });

  it('an inbox without channels lists none; a page without the label gives undefined', async () => {
    const world = demoWorld(language, (s) => (s.teamChannels = s.teamChannels?.filter((c) => c.inboxId !== '147001')));
    const empty = await sandboxDocument(world, `https://app.hubspot.com${path('147001')}`);
    expect(readChannels(empty, path('147001'))?.channels).toEqual([]);
    for (const heading of empty.querySelectorAll('h1')) heading.textContent = 'Renamed';
    expect(readChannels(empty, path('147001'))).toBeUndefined();
  });
});

it('a Channels row\'s provider comes from its provider column, never from the name beside the address', () => {
  const path = `/live-messages-settings/${PORTAL}/inboxes/9/channels`;
  const row = (channel: string, provider: string) => `<tr><td>${channel}</td><td>${provider}</td><td>Connected</td></tr>`;
  const doc = toDocument(`<main><table><caption>Channels</caption><tbody>
${row('Gmail team &lt;team@corp.example&gt;', 'Office 365')}
${row('hello@corp.example', 'Outlook')}
${row('Outlook desk &lt;desk@corp.example&gt;', 'Outlook.com')}
${row('imap@corp.example', '')}
</tbody></table></main>`);
  // A table without a "Connected by" column says nobody connected them.
  expect(readChannels(doc, path)?.channels).toEqual([
    { address: 'team@corp.example', provider: 'microsoft365', connectedBy: null },
    { address: 'hello@corp.example', provider: 'microsoft365', connectedBy: null },
    { address: 'desk@corp.example', provider: 'outlook', connectedBy: null },
    { address: 'imap@corp.example', provider: null, connectedBy: null },
  ]);
});

it('every reader names a host the guide content script runs on', async () => {
  const { GUIDE_HOSTS } = await import('../../lib/pages/hosts');
  for (const reader of PAGE_READERS) for (const host of reader.hosts) expect(GUIDE_HOSTS).toContain(host);
});
