// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runHighlighter } from '../../lib/guide/highlight/run-highlighter';
import type { GuideStep } from '../../lib/messaging/guide-protocol';
import { accessibleName } from '../../lib/pages/dom/page-dom';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { demoWorld, pageHtml, toDocument } from '../guide/sandbox-pages';

const KATRIN = 'katrin.sommer@nordlicht.example';
const DEBOUNCE_MS = 10;
const GRACE_MS = 80;
const EMAILS = 'https://app.hubspot.com/settings/4480123/user-preferences/email';

const step = (stepId = 'disconnect-personal-inbox/disable'): GuideStep => ({
  planId: 'p1', stepId,
  target: { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: KATRIN },
  observeKind: 'crm-personal-inbox', title: 'Schritt 1', explain: `Deaktivieren Sie ${KATRIN}.`, openPanelLabel: 'Seitenleiste öffnen',
  refusals: {
    'no-row': `Keine Zeile für ${KATRIN}.`, 'several-rows': 'Mehrere Zeilen.', 'other-dialog': 'Anderer Dialog.',
    'unknown-account': 'Konto unbekannt.', 'wrong-account': 'Anderes Konto.',
  },
});

/** Puts the sandbox's page into the test's document (its scripts do not run). */
async function loadPage(language: 'en' | 'de' | 'sv', edit?: (doc: Document) => void) {
  const parsed = toDocument(await pageHtml(demoWorld(language), EMAILS));
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.body.innerHTML = parsed.body.innerHTML;
  edit?.(document);
}

/** Every highlighter a test starts is stopped after it: a running one would watch the next test's page. */
const controllers: AbortController[] = [];

function setup(fetchStep: () => Promise<GuideStep | null>, href = EMAILS) {
  const controller = new AbortController();
  controllers.push(controller);
  const sendDrift = vi.fn(async () => ({ stored: true }));
  const openPanel = vi.fn(async () => ({ opened: true }));
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const highlighter = runHighlighter(document, { href }, { isValid: true, signal: controller.signal }, { fetchStep, openPanel, sendDrift, debounceMs: DEBOUNCE_MS, graceMs: GRACE_MS });
  return { highlighter, controller, sendDrift, openPanel, roots };
}

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.querySelectorAll('inboxlink-guide').forEach((el) => el.remove());
});

describe('the highlighter on HubSpot Connected emails', () => {
  it.each(['de', 'sv', 'en'] as const)('outlines the localized Disable, then Yes, disable once the dialog opens (%s)', async (language) => {
    await loadPage(language);
    const { highlighter, controller, roots } = setup(async () => step());
    await vi.waitFor(() => expect(highlighter.overlay.view().mode).toBe('highlight'));
    const target = highlighter.overlay.view().target;
    expect(target && accessibleName(target)).toBe(HUBSPOT_LABELS[language].disable);
    expect(target?.closest('tr')?.getAttribute('data-address')).toBe(KATRIN);
    expect(highlighter.overlay.view().bannerText).toContain(KATRIN);
    expect(roots[0]?.mode).toBe('closed');
    // The page's script names the row's address in the dialog it opens for that row.
    const dialog = document.getElementById('disable-inbox');
    dialog?.querySelectorAll('[data-slot="address"]').forEach((slot) => { slot.textContent = KATRIN; });
    dialog?.setAttribute('open', '');
    await vi.waitFor(() => expect(accessibleName(highlighter.overlay.view().target ?? document.body)).toBe(HUBSPOT_LABELS[language].yesDisable));
    controller.abort();
    expect(document.querySelector('inboxlink-guide')).toBeNull();
  });

  it('falls back to plain instructions and one drift report when the label is missing, without touching the page', async () => {
    await loadPage('sv', (doc) => doc.querySelectorAll('button').forEach((b) => { if (b.textContent === HUBSPOT_LABELS.sv.disable) b.textContent = 'Stäng av'; }));
    const before = document.body.innerHTML;
    const fetchStep = vi.fn(async () => step());
    const { highlighter, sendDrift, openPanel, roots } = setup(fetchStep);
    await vi.waitFor(() => expect(highlighter.overlay.view().mode).toBe('fallback'), { timeout: 2000 });
    expect(highlighter.overlay.view()).toMatchObject({ target: undefined, hasPanelButton: true });
    expect(highlighter.overlay.view().bannerText).toContain('Deaktivieren Sie');
    expect(sendDrift).toHaveBeenCalledTimes(1);
    expect(sendDrift.mock.calls[0]).toEqual([expect.objectContaining({ page: 'app.hubspot.com:guide:hubspot-connected-emails', missing: ['label disable', 'label yesDisable'] })]);
    expect(document.body.innerHTML).toBe(before);
    const button = roots[0]?.querySelector('button');
    expect(button?.textContent).toBe('Seitenleiste öffnen');
    button?.click();
    expect(openPanel).toHaveBeenCalledTimes(1);
    // More page changes do not send more reports: each is looked at (the step asked again), and
    // the grace period that would precede a second report passes, on a clock the test moves.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const asked = fetchStep.mock.calls.length;
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(fetchStep.mock.calls.length).toBeGreaterThan(asked);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 10);
    expect(sendDrift).toHaveBeenCalledTimes(1);
    expect(highlighter.overlay.view().mode).toBe('fallback');
  });

  it('outlines nothing when only a look-alike row is listed, and says why without a drift report', async () => {
    await loadPage('en', (doc) => {
      const row = doc.querySelector(`tr[data-address="${KATRIN}"]`);
      row?.querySelectorAll('td').forEach((cell) => { if (cell.textContent === KATRIN) cell.textContent = `x${KATRIN}`; });
    });
    const { highlighter, sendDrift } = setup(async () => step());
    await vi.waitFor(() => expect(highlighter.overlay.view().mode).toBe('fallback'), { timeout: 2000 });
    expect(highlighter.overlay.view()).toMatchObject({ target: undefined, hasPanelButton: true });
    expect(highlighter.overlay.view().bannerText).toContain(`Keine Zeile für ${KATRIN}.`);
    expect(sendDrift).not.toHaveBeenCalled();
  });

  it('moves to the next step when the background answers with it', async () => {
    await loadPage('de', (doc) => {
      const row = doc.querySelector(`tr[data-address="${KATRIN}"] button`);
      if (row) row.textContent = HUBSPOT_LABELS.de.remove;
    });
    let answer = step();
    const { highlighter } = setup(async () => answer);
    answer = { ...step('disconnect-personal-inbox/remove'), target: { ...step().target, labelKey: 'remove', then: ['yesRemoveInbox'] } };
    document.body.append(document.createElement('span'));
    await vi.waitFor(() => expect(accessibleName(highlighter.overlay.view().target ?? document.body)).toBe(HUBSPOT_LABELS.de.remove));
  });

  it('shows nothing without a running step, on another page, or when the background cannot be reached', async () => {
    await loadPage('de');
    // Fake timers: "nothing shown" holds past the debounce and the grace period that would precede
    // an outline or a fallback, on a clock the test moves (no guess at how long a machine takes).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const noStep = vi.fn(async () => null);
    const none = setup(noStep);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 10);
    expect(noStep).toHaveBeenCalled();
    expect(none.highlighter.overlay.view().mode).toBe('none');
    none.controller.abort();

    const fetchStep = vi.fn(async () => step());
    // A settings page no guided step lives on (Users & Teams is one now: the people plans').
    const elsewhere = setup(fetchStep, 'https://app.hubspot.com/settings/4480123/branding');
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(GRACE_MS * 10);
    expect(elsewhere.highlighter.overlay.view().mode).toBe('none');
    expect(fetchStep).not.toHaveBeenCalled();
    expect(elsewhere.sendDrift).not.toHaveBeenCalled();
    elsewhere.controller.abort();

    const unreachable = vi.fn(async () => { throw new Error('Extension context invalidated.'); });
    const failing = setup(unreachable);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 10);
    expect(unreachable).toHaveBeenCalled();
    expect(failing.highlighter.overlay.view().mode).toBe('none');
  });
});
