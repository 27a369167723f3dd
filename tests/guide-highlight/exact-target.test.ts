// @vitest-environment happy-dom
/**
 * The guide outlines only the step's own row and its own dialog: the row whose address cell
 * equals the address (a look-alike such as it-support@ for support@, or joann@ for ann@, is
 * another mailbox), inside the page's list; several or none → nothing, and the reason. A provider
 * page that does not say who is signed in gets no outline either.
 */
import { describe, expect, it } from 'vitest';
import { findGuideTarget } from '../../lib/guide/highlight/find-target';
import type { GuideStep } from '../../lib/messaging/guide-protocol';
import { accessibleName } from '../../lib/pages/dom/page-dom';
import { GOOGLE_CONNECTIONS_LABELS } from '../../lib/pages/google/labels';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { demoWorld, sandboxDocument } from '../guide/sandbox-pages';

type Target = GuideStep['target'];
const KATRIN_ID = '51200101';
const EMAILS = 'https://app.hubspot.com/settings/4480123/user-preferences/email';
const CHANNELS = 'https://app.hubspot.com/live-messages-settings/4480123/inboxes/147001/channels';
const ANN = 'ann@nordlicht.example';
const JOANN = 'joann@nordlicht.example';
const hs = HUBSPOT_LABELS.en;

const found = (result: ReturnType<typeof findGuideTarget>) => (result && 'element' in result ? result : undefined);
const rowAddressOf = (el: Element | undefined) => el?.closest('tr')?.getAttribute('data-address');
/** Opens a dialog as the page's script does: its title names `address` (or nothing when undefined). */
function open(doc: Document, id: string, address: string | undefined) {
  const dialog = doc.getElementById(id);
  dialog?.querySelectorAll('[data-slot="address"]').forEach((slot) => { slot.textContent = address ?? ''; });
  dialog?.setAttribute('open', '');
}

const disableAnn: Target = { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: ANN };
const deleteSupport: Target = { page: 'hubspot-channels', labelKey: 'delete', then: ['yesDelete'], rowAddress: 'support@nordlicht.example' };

/** Katrin's Connected emails with joann@ listed before ann@ (or ann@ gone). */
const lookAlikeInboxes = (withAnn: boolean) =>
  demoWorld('en', (s) => {
    s.personalInboxes?.unshift({ userId: KATRIN_ID, address: JOANN, provider: 'google', state: 'connected' });
    if (withAnn) s.personalInboxes?.push({ userId: KATRIN_ID, address: ANN, provider: 'google', state: 'connected' });
  });

/** Inbox 147001 with it-support@ before support@ (or support@ deleted). */
const lookAlikeChannels = (withSupport: boolean) =>
  demoWorld('en', (s) => {
    s.teamChannels?.unshift({ id: '908199', inboxId: '147001', address: 'it-support@nordlicht.example', name: 'IT Support', provider: 'google' });
    if (!withSupport) s.teamChannels?.forEach((c) => { if (c.address === 'support@nordlicht.example') c.archived = true; });
  });

describe('a HubSpot list step outlines only the row whose address cell is the address', () => {
  it('Connected emails: ann@ is outlined in its own row, never joann@\'s', async () => {
    const doc = await sandboxDocument(lookAlikeInboxes(true), EMAILS);
    const first = found(findGuideTarget(doc, disableAnn));
    expect(first && accessibleName(first.element)).toBe(hs.disable);
    expect(rowAddressOf(first?.element)).toBe(ANN);
  });

  it('Connected emails: with only the look-alike joann@ listed, nothing is outlined, and why', async () => {
    const doc = await sandboxDocument(lookAlikeInboxes(false), EMAILS);
    expect(findGuideTarget(doc, disableAnn)).toEqual({ refused: 'no-row' });
  });

  it('Channels: support@ is outlined in its own row, never it-support@\'s; without it, nothing', async () => {
    const both = await sandboxDocument(lookAlikeChannels(true), CHANNELS);
    const first = found(findGuideTarget(both, deleteSupport));
    expect(first && accessibleName(first.element)).toBe(hs.delete);
    expect(rowAddressOf(first?.element)).toBe('support@nordlicht.example');
    const lookAlikeOnly = await sandboxDocument(lookAlikeChannels(false), CHANNELS);
    expect(lookAlikeOnly.querySelector('tr[data-address="it-support@nordlicht.example"]')).not.toBeNull();
    expect(findGuideTarget(lookAlikeOnly, deleteSupport)).toEqual({ refused: 'no-row' });
  });

  it('two rows showing the address: nothing is outlined (which one is meant cannot be told)', async () => {
    const doc = await sandboxDocument(lookAlikeInboxes(true), EMAILS);
    const row = doc.querySelector(`tr[data-address="${ANN}"]`);
    row?.after(row.cloneNode(true));
    expect(findGuideTarget(doc, disableAnn)).toEqual({ refused: 'several-rows' });
  });

  it('a row outside the page\'s list (another table on the page) does not count', async () => {
    const doc = await sandboxDocument(lookAlikeInboxes(false), EMAILS);
    doc.querySelector('main')?.insertAdjacentHTML('beforeend', `<table><tr><td>${ANN}</td><td><button type="button">${hs.disable}</button></td></tr></table>`);
    expect(findGuideTarget(doc, disableAnn)).toEqual({ refused: 'no-row' });
  });
});

describe('the confirm dialog must be the step row\'s', () => {
  it('a dialog that names another address is never the step\'s: its button is not outlined', async () => {
    const doc = await sandboxDocument(lookAlikeInboxes(true), EMAILS);
    open(doc, 'disable-inbox', JOANN);
    expect(findGuideTarget(doc, disableAnn)).toEqual({ refused: 'other-dialog' });
    // The step's own dialog, naming ann@: its "Yes, disable".
    open(doc, 'disable-inbox', ANN);
    const yes = found(findGuideTarget(doc, disableAnn));
    expect(yes && accessibleName(yes.element)).toBe(hs.yesDisable);
    expect(yes?.position).toBe(1);
  });

  it('a dialog that names no address belongs to the row the user pressed before it opened', async () => {
    const doc = await sandboxDocument(lookAlikeInboxes(true), EMAILS);
    open(doc, 'disable-inbox', undefined);
    const annButton = doc.querySelector(`tr[data-address="${ANN}"] button`) ?? undefined;
    const joannButton = doc.querySelector(`tr[data-address="${JOANN}"] button`) ?? undefined;
    expect(findGuideTarget(doc, disableAnn, joannButton)).toEqual({ refused: 'other-dialog' });
    expect(findGuideTarget(doc, disableAnn)).toEqual({ refused: 'other-dialog' });
    const yes = found(findGuideTarget(doc, disableAnn, annButton));
    expect(yes && accessibleName(yes.element)).toBe(hs.yesDisable);
  });
});

describe('a provider page', () => {
  const KATRIN = 'katrin.sommer@nordlicht.example';
  const target: Target = { page: 'google-connections', labelKey: 'removeAccess', then: ['confirm'], account: KATRIN };

  it('that does not say who is signed in outlines nothing (the wrong-account guard is never skipped)', async () => {
    const world = demoWorld('en');
    const list = await sandboxDocument(world, 'https://myaccount.google.com/connections');
    const link = [...list.querySelectorAll('a')].find((a) => a.textContent === 'HubSpot');
    const details = await sandboxDocument(world, new URL(link?.getAttribute('href') ?? '/', 'https://myaccount.google.com/').href);
    expect(found(findGuideTarget(details, target))).toBeDefined();
    // The account line goes (a new layout, or a page still loading it): no "Remove access" outline.
    details.querySelectorAll('p').forEach((p) => { if (p.textContent?.includes(KATRIN)) p.remove(); });
    expect(findGuideTarget(details, target)).toEqual({ refused: 'unknown-account' });
  });

  it('never outlines the confirm of another app\'s dialog, even when it is the open one', async () => {
    const world = demoWorld('en', (s) => s.providerGrants?.push({ provider: 'google', address: KATRIN, app: 'HubSpot Helper' }));
    const list = await sandboxDocument(world, 'https://myaccount.google.com/connections');
    const helper = [...list.querySelectorAll('a')].find((a) => a.textContent === 'HubSpot Helper');
    // The list's entry for HubSpot is the exact name; the look-alike app is not the way in.
    expect(found(findGuideTarget(list, target))?.element.textContent).toBe('HubSpot');
    const helperUrl = new URL(helper?.getAttribute('href') ?? '/', 'https://myaccount.google.com/').href;
    expect(findGuideTarget(await sandboxDocument(world, helperUrl), target)).toBeUndefined();
    const dialog = await sandboxDocument(world, `${helperUrl}&confirm=1`);
    expect(dialog.querySelector('[role="dialog"]')?.textContent).toContain('HubSpot Helper');
    const result = findGuideTarget(dialog, target);
    expect(found(result)?.element && accessibleName(found(result)?.element as Element)).not.toBe(GOOGLE_CONNECTIONS_LABELS.en.confirm);
    expect(found(result)).toBeUndefined();
  });
});
