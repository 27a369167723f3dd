import type { HostModule, SandboxContext } from '../../core/host';
import type { Scenario } from '../../core/scenario';
import { googleApiError, googleFault, insufficientScopes, invalidCredentials } from './errors';
import { bearerToken, json, preflight, withCors } from './http';
import { normalizeAddress, sameAddress, stableHex } from './people';
import { liveGoogleToken } from './token-store';

/** Gmail API users.getProfile (providers.md §5) for the account a token was issued to. */

/** Any one of these scopes lets a token read the profile (§5). */
export const GMAIL_PROFILE_SCOPES = [
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/gmail.readonly',
  'https://www.googleapis.com/auth/gmail.metadata',
];

const PROFILE_PATH = /^\/gmail\/v1\/users\/([^/]+)\/profile\/?$/;

interface ProfileCounts { messagesTotal: number; threadsTotal: number; historyId: string }

/**
 * Mailbox counters: scenario.x.gmailProfiles[address] when a scenario sets them, else stable
 * numbers derived from the address (the scenario schema models no mailbox contents).
 */
function countsFor(scenario: Scenario, email: string): ProfileCounts {
  const configured = (scenario.x?.gmailProfiles as Record<string, Partial<ProfileCounts>> | undefined)?.[email];
  const seed = Number.parseInt(stableHex(`gmail:${email}`).slice(0, 8), 16);
  const messagesTotal = configured?.messagesTotal ?? 500 + (seed % 20_000);
  return {
    messagesTotal,
    threadsTotal: configured?.threadsTotal ?? Math.ceil(messagesTotal * 0.6),
    historyId: String(configured?.historyId ?? 1_000_000 + (seed % 9_000_000)),
  };
}

function route(request: Request, { world, url }: SandboxContext): Response {
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match || request.method !== 'GET') return googleApiError(404, `Method not found: ${request.method} ${url.pathname}`, { reason: 'notFound' });
  const token = liveGoogleToken(world, bearerToken(request));
  if (!token) return invalidCredentials();
  if (!token.scopes.some((s) => GMAIL_PROFILE_SCOPES.includes(s))) return insufficientScopes();
  const userId = decodeURIComponent(match[1] ?? '');
  if (userId !== 'me' && !sameAddress(userId, token.email)) {
    return googleApiError(403, `Delegation denied for ${token.email}`, { reason: 'forbidden' });
  }
  const email = normalizeAddress(token.email);
  return json(200, { emailAddress: email, ...countsFor(world.scenario, email) });
}

export const gmailApiHost: HostModule = {
  hosts: ['gmail.googleapis.com'],
  isApi: true,
  handle(request, ctx) {
    if (request.method === 'OPTIONS') return preflight(request);
    return withCors(request, route(request, ctx));
  },
  faultResponse: (status) => googleFault(status, false),
};
