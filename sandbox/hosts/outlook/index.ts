import type { HostModule } from '../../core/host';
import type { Scenario } from '../../core/scenario';
import { htmlResponse, page } from '../../html';
import { displayName } from '../mail-fixtures';
import { outlookPage, popoutPage } from './page';

const CONSUMER_HOST = 'outlook.live.com';
const CONSUMER_DOMAIN = /^(outlook|hotmail|live|msn|passport)\.[a-z.]+$/i;

/**
 * Outlook on the web for scenario.signedIn.outlook: work accounts on outlook.office.com and
 * outlook.office365.com, Outlook.com accounts on outlook.live.com (the other kind gets the
 * sign-in page, as in reality). Folders switch by history.pushState (/mail/inbox,
 * /mail/sentitems; /mail/0/… on outlook.live.com); shared mailboxes of mailPages.outlook.shared
 * open in the tab at /mail/<address>/; popouts at /mail/deeplink/…. The header comes in the real
 * variants of ../reference/mail-pages.md (mailPages.outlook.header): its controls name the person,
 * not the address. Not a copy of OWA's markup: its shape, ids, roles and labels.
 */
export const outlookHost: HostModule = {
  hosts: ['outlook.office.com', 'outlook.office365.com', CONSUMER_HOST],
  handle(request, { world, url }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const consumerHost = url.hostname === CONSUMER_HOST;
    const base = consumerHost ? '/mail/0/' : '/mail/';
    if (url.pathname === '/' || url.pathname === '/mail' || (consumerHost && url.pathname === '/mail/')) {
      return Response.redirect(`https://${url.hostname}${base}`, 302);
    }
    if (!url.pathname.startsWith(base)) {
      return htmlResponse(page({ title: 'Outlook', lang: 'en', body: '<p>This page isn’t available.</p>' }), 404);
    }
    const scenario = world.scenario;
    const address = scenario.signedIn?.outlook;
    if (!address || isConsumerAccount(scenario, address) !== consumerHost) return htmlResponse(signInPage(consumerHost));
    const me = { name: displayName(scenario, address), address };
    const rest = url.pathname.slice(base.length);
    const options = scenario.mailPages?.outlook ?? {};
    if (/^deeplink(\/|$)/.test(rest)) return htmlResponse(popoutPage(me, options));
    // /mail/<address>/…: a shared mailbox this account may open; any other address is refused in the page.
    const segment = safeDecode(rest.split('/')[0] ?? '');
    const inPath = segment.includes('@') ? segment.toLowerCase() : undefined;
    const shared = inPath && options.shared?.some((s) => s.toLowerCase() === inPath) ? inPath : undefined;
    const folderBase = inPath ? `${base}${encodeURIComponent(inPath)}/` : base;
    return htmlResponse(outlookPage({ scenario, options, me, consumer: consumerHost, base: folderBase, shown: shared ?? address, refused: inPath !== undefined && !shared, now: world.now() }));
  },
};

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Outlook.com (consumer) rather than a Microsoft 365 work account? */
export function isConsumerAccount(scenario: Scenario, address: string): boolean {
  const domain = address.split('@')[1] ?? '';
  if (CONSUMER_DOMAIN.test(domain)) return true;
  const same = (a: string) => a.toLowerCase() === address.toLowerCase();
  return [...(scenario.personalInboxes ?? []), ...(scenario.teamChannels ?? []), ...(scenario.providerGrants ?? [])].some(
    (entry) => same(entry.address) && entry.provider === 'outlook',
  );
}

function signInPage(consumer: boolean): string {
  const login = consumer ? 'https://login.live.com/' : 'https://login.microsoftonline.com/';
  const body = `<div role="main" class="signin">
  <h1>Sign in</h1>
  <p>to continue to Outlook</p>
  <a href="${login}">Sign in</a>
</div>`;
  return page({ title: 'Outlook', lang: 'en', body, style: "body{font-family:'Segoe UI',Arial,sans-serif}.signin{max-width:440px;margin:80px auto;padding:44px}" });
}
