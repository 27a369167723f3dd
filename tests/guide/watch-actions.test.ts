// @vitest-environment happy-dom
/**
 * The guide reports the user's own presses on guided pages: the row's address on HubSpot's lists
 * (the dialog's, or the row pressed before it), the signed-in account for HubSpot's entry on a
 * consent page. A page's own script clicking (an untrusted event) and another app's buttons
 * report nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchUserActions, type UserActionReport } from '../../lib/guide/watch-actions';
import { demoWorld, pageHtml, toDocument } from './sandbox-pages';

const KATRIN = 'katrin.sommer@nordlicht.example';
const EMAILS = 'https://app.hubspot.com/settings/4480123/user-preferences/email';

async function load(href: string, world = demoWorld('en')) {
  const parsed = toDocument(await pageHtml(world, href));
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? 'en');
  document.body.innerHTML = parsed.body.innerHTML;
}

function watch(href: string) {
  const controller = new AbortController();
  const reports: UserActionReport[] = [];
  watchUserActions(document, { href }, { isValid: true, signal: controller.signal }, async (report) => reports.push(report));
  return { reports, controller };
}

/** A press by the user (a trusted event), as the browser delivers it. */
function press(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to press');
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

const controllers: AbortController[] = [];
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  vi.restoreAllMocks();
});

describe('HubSpot Connected emails', () => {
  it('reports the row\'s address for a press in it, then the dialog\'s address, and nothing for a script\'s click', async () => {
    await load(EMAILS, demoWorld('en', (s) => s.personalInboxes?.push({ userId: '51200101', address: `jo${KATRIN}`, provider: 'google', state: 'connected' })));
    const { reports, controller } = watch(EMAILS);
    controllers.push(controller);
    const row = (address: string) => document.querySelector(`tr[data-address="${address}"] button`);
    (row(KATRIN) as HTMLElement).click();
    expect(reports).toEqual([]);
    press(row(`jo${KATRIN}`));
    press(row(KATRIN));
    expect(reports).toEqual([{ kind: 'crm-personal-inbox', address: `jo${KATRIN}` }, { kind: 'crm-personal-inbox', address: KATRIN }]);

    const dialog = document.getElementById('disable-inbox');
    dialog?.setAttribute('open', '');
    const yes = [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Yes, disable');
    // The dialog names no address: it is the last pressed row's.
    press(yes);
    expect(reports.at(-1)).toEqual({ kind: 'crm-personal-inbox', address: KATRIN });
    // Naming one, it is that one's.
    dialog?.querySelectorAll('[data-slot="address"]').forEach((slot) => { slot.textContent = `jo${KATRIN}`; });
    press(yes);
    expect(reports.at(-1)).toEqual({ kind: 'crm-personal-inbox', address: `jo${KATRIN}` });
  });

  it('stops with the context', async () => {
    await load(EMAILS);
    const { reports, controller } = watch(EMAILS);
    controller.abort();
    press(document.querySelector(`tr[data-address="${KATRIN}"] button`));
    expect(reports).toEqual([]);
  });
});

describe('Google connections', () => {
  const world = () => demoWorld('en', (s) => s.providerGrants?.push({ provider: 'google', address: KATRIN, app: 'HubSpot Helper' }));

  it('reports the signed-in account for HubSpot\'s entry and its own page, nothing for another app\'s', async () => {
    const w = world();
    await load('https://myaccount.google.com/connections', w);
    const list = watch('https://myaccount.google.com/connections');
    controllers.push(list.controller);
    const link = (name: string) => [...document.querySelectorAll('a')].find((a) => a.textContent === name);
    press(link('HubSpot Helper'));
    expect(list.reports).toEqual([]);
    const hubspotDetails = new URL(link('HubSpot')?.getAttribute('href') ?? '/', 'https://myaccount.google.com/').href;
    const helperDetails = new URL(link('HubSpot Helper')?.getAttribute('href') ?? '/', 'https://myaccount.google.com/').href;
    press(link('HubSpot'));
    expect(list.reports).toEqual([{ kind: 'provider-grant', address: KATRIN }]);
    list.controller.abort();

    await load(helperDetails, w);
    const helper = watch(helperDetails);
    controllers.push(helper.controller);
    press(document.querySelector('form button'));
    expect(helper.reports).toEqual([]);
    helper.controller.abort();

    await load(hubspotDetails, w);
    const own = watch(hubspotDetails);
    controllers.push(own.controller);
    press(document.querySelector('form button'));
    expect(own.reports).toEqual([{ kind: 'provider-grant', address: KATRIN }]);
  });

  it('reports nothing off the guided pages', async () => {
    await load('https://app.hubspot.com/settings/4480123/users');
    const { reports, controller } = watch('https://app.hubspot.com/settings/4480123/users');
    controllers.push(controller);
    document.querySelectorAll('button').forEach((b) => press(b));
    expect(reports).toEqual([]);
  });
});
