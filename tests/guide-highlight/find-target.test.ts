// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findGuideTarget } from '../../lib/guide/highlight/find-target';
import type { GuideStep } from '../../lib/messaging/guide-protocol';
import { accessibleName } from '../../lib/pages/dom/page-dom';
import { GOOGLE_CONNECTIONS_LABELS } from '../../lib/pages/google/labels';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { LIVE_CONSENT_LABELS, MYAPPS_LABELS } from '../../lib/pages/microsoft/labels';
import { demoWorld, LANGUAGES, sandboxDocument } from '../guide/sandbox-pages';

const KATRIN = 'katrin.sommer@nordlicht.example';
const SAM = 'sam.okafor@outlook.com';
const HUBSPOT = 'https://app.hubspot.com';
const EMAILS = `${HUBSPOT}/settings/4480123/user-preferences/email`;
const CHANNELS = `${HUBSPOT}/live-messages-settings/4480123/inboxes/147001/channels`;

type Target = GuideStep['target'];
/** Opens a dialog as the page's script does for a row's button: the title names the row's address. */
const open = (doc: Document, id: string, address: string) => {
  const dialog = doc.getElementById(id);
  dialog?.querySelectorAll('[data-slot="address"]').forEach((slot) => { slot.textContent = address; });
  dialog?.setAttribute('open', '');
};
const found = (result: ReturnType<typeof findGuideTarget>) => (result && 'element' in result ? result : undefined);
const rowAddressOf = (el: Element | undefined) => el?.closest('tr')?.getAttribute('data-address');
const hrefOf = (el: Element | undefined, base: string) => new URL(el?.getAttribute('href') ?? '/missing', base).href;

describe.each(LANGUAGES)('the guide finds the step target by role and label (%s)', (language) => {
  const hs = HUBSPOT_LABELS[language];

  it('Connected emails: Disable in the inbox row, then Yes, disable in the dialog', async () => {
    const world = demoWorld(language, (s) => s.personalInboxes?.push({ userId: '51200101', address: 'katrin.old@nordlicht.example', provider: 'google', state: 'connected' }));
    const doc = await sandboxDocument(world, EMAILS);
    const target: Target = { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: KATRIN };
    const first = found(findGuideTarget(doc, target));
    expect(first && accessibleName(first.element)).toBe(hs.disable);
    expect(rowAddressOf(first?.element)).toBe(KATRIN);
    expect(first?.position).toBe(0);
    // The other inbox's row is not the step's.
    expect(rowAddressOf(found(findGuideTarget(doc, { ...target, rowAddress: 'katrin.old@nordlicht.example' }))?.element)).toBe('katrin.old@nordlicht.example');
    open(doc, 'disable-inbox', KATRIN);
    const next = found(findGuideTarget(doc, target));
    expect(next && accessibleName(next.element)).toBe(hs.yesDisable);
    expect(next?.position).toBe(1);
  });

  it('Connected emails: Remove on the disabled row, then Yes, remove inbox', async () => {
    const world = demoWorld(language, (s) => s.personalInboxes?.forEach((i) => { if (i.address === KATRIN) i.state = 'disabled'; }));
    const doc = await sandboxDocument(world, EMAILS);
    const target: Target = { page: 'hubspot-connected-emails', labelKey: 'remove', then: ['yesRemoveInbox'], rowAddress: KATRIN };
    const first = found(findGuideTarget(doc, target));
    expect(first && accessibleName(first.element)).toBe(hs.remove);
    expect(rowAddressOf(first?.element)).toBe(KATRIN);
    open(doc, 'remove-inbox', KATRIN);
    expect(accessibleName(found(findGuideTarget(doc, target))?.element ?? doc.body)).toBe(hs.yesRemoveInbox);
  });

  it('Channels: Delete on the channel row, then Yes, delete', async () => {
    const doc = await sandboxDocument(demoWorld(language), CHANNELS);
    const target: Target = { page: 'hubspot-channels', labelKey: 'delete', then: ['yesDelete'], rowAddress: 'support@nordlicht.example' };
    const first = found(findGuideTarget(doc, target));
    expect(first && accessibleName(first.element)).toBe(hs.delete);
    expect(rowAddressOf(first?.element)).toBe('support@nordlicht.example');
    open(doc, 'delete-channel', 'support@nordlicht.example');
    expect(accessibleName(found(findGuideTarget(doc, target))?.element ?? doc.body)).toBe(hs.yesDelete);
  });

  it('Google connections: HubSpot entry, then Remove access, then Confirm', async () => {
    const world = demoWorld(language, (s) => s.providerGrants?.push({ provider: 'google', address: KATRIN, app: 'Zoom' }));
    const target: Target = { page: 'google-connections', labelKey: 'removeAccess', then: ['confirm'], account: KATRIN };
    const list = await sandboxDocument(world, 'https://myaccount.google.com/connections');
    const entry = found(findGuideTarget(list, target));
    expect(entry?.position).toBe(-1);
    expect(entry?.element.textContent).toBe('HubSpot');
    const detailsUrl = hrefOf(entry?.element, 'https://myaccount.google.com/');
    const details = await sandboxDocument(world, detailsUrl);
    const remove = found(findGuideTarget(details, target));
    expect(remove && accessibleName(remove.element)).toBe(GOOGLE_CONNECTIONS_LABELS[language].removeAccess);
    const confirm = await sandboxDocument(world, `${detailsUrl}&confirm=1`);
    const last = found(findGuideTarget(confirm, target));
    expect(last && accessibleName(last.element)).toBe(GOOGLE_CONNECTIONS_LABELS[language].confirm);
    expect(last?.position).toBe(1);
    // Another signed-in account's page is never pointed at, and says why.
    expect(findGuideTarget(details, { ...target, account: 'someone.else@nordlicht.example' })).toEqual({ refused: 'wrong-account' });
    // Zoom's page has the same button, but it is not HubSpot's.
    const zoomLink = [...list.querySelectorAll('a')].find((a) => a.textContent === 'Zoom');
    expect(findGuideTarget(await sandboxDocument(world, hrefOf(zoomLink, 'https://myaccount.google.com/')), target)).toBeUndefined();
  });

  it('My Apps: the HubSpot Sales tile (its menu), then Revoke permissions', async () => {
    const world = demoWorld(language);
    const target: Target = { page: 'microsoft-my-apps', labelKey: 'manage', then: ['revoke'] };
    const home = await sandboxDocument(world, 'https://myapps.microsoft.com/');
    const first = found(findGuideTarget(home, target));
    expect(first?.position).toBe(0);
    // The link is folded in the tile's menu: its summary is what to press.
    expect(first?.element.tagName).toBe('SUMMARY');
    expect(first?.element.closest('li')?.querySelector('h2')?.textContent).toBe('HubSpot Sales');
    const manageLink = [...home.querySelectorAll('a')].find((a) => a.textContent === MYAPPS_LABELS[language].manage);
    const manage = await sandboxDocument(world, hrefOf(manageLink, 'https://myapps.microsoft.com/'));
    const revoke = found(findGuideTarget(manage, target));
    expect(revoke && accessibleName(revoke.element)).toBe(MYAPPS_LABELS[language].revoke);
    expect(revoke?.position).toBe(1);
  });

  it('account.live.com: HubSpot entry, Edit, Remove these permissions, then the confirm dialog', async () => {
    const world = demoWorld(language, (s) => (s.signedIn = { ...s.signedIn, microsoft: SAM }));
    const target: Target = { page: 'microsoft-live-consent', labelKey: 'edit', then: ['remove'], account: SAM };
    const list = await sandboxDocument(world, 'https://account.live.com/consent/Manage');
    const entry = found(findGuideTarget(list, target));
    expect(entry?.position).toBe(-1);
    const appUrl = new URL(hrefOf(entry?.element, 'https://account.live.com/'));
    const app = await sandboxDocument(world, appUrl.href);
    const edit = found(findGuideTarget(app, target));
    expect(edit && accessibleName(edit.element)).toBe(LIVE_CONSENT_LABELS[language].edit);
    const editUrl = `https://account.live.com/consent/Edit${appUrl.search}`;
    const remove = found(findGuideTarget(await sandboxDocument(world, editUrl), target));
    expect(remove && accessibleName(remove.element)).toBe(LIVE_CONSENT_LABELS[language].remove);
    const dialog = found(findGuideTarget(await sandboxDocument(world, `${editUrl}&confirm=1`), target));
    expect(dialog?.element.getAttribute('role')).toBe('dialog');
    expect(findGuideTarget(app, { ...target, account: 'lars.andersson@nordlicht-nordic.example' })).toEqual({ refused: 'wrong-account' });
  });

  it('a page without the label gives nothing, without throwing', async () => {
    const doc = await sandboxDocument(demoWorld(language), EMAILS);
    doc.querySelectorAll('button').forEach((b) => { if (b.textContent === hs.disable) b.textContent = 'Turn off'; });
    const target: Target = { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: KATRIN };
    expect(findGuideTarget(doc, target)).toBeUndefined();
    expect(findGuideTarget(doc, { ...target, labelKey: 'no-such-key' as 'disable' })).toBeUndefined();
  });

  it('does not take English labels on a page in another language', async () => {
    if (language === 'en') return;
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    doc.documentElement.lang = language;
    expect(findGuideTarget(doc, { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: KATRIN })).toBeUndefined();
  });
});
