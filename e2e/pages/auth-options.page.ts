import type { Page } from 'puppeteer';
import type { ExtensionRealm } from '../harness/session';
import { readRecords } from '../harness/extension-db';

/** The options page's connection contract (components/options/*Section.tsx). */
export const authSelectors = {
  hubspotToken: 'input[name="hubspot-token"]',
  hubspotConnected: '[data-testid="hubspot-connected"]',
  hubspotPortal: '[data-testid="hubspot-portal"]',
  hubspotScopes: '[data-testid="hubspot-scopes"]',
  hubspotAlert: '[aria-labelledby="hubspot-heading"] [role="alert"]',
  googleSection: '[data-testid="google-admin"]',
  googleSignedIn: '[data-testid="google-signed-in"]',
  microsoftSection: '[data-testid="microsoft-admin"]',
  microsoftSignedIn: '[data-testid="microsoft-signed-in"]',
  microsoftPage: '[data-testid="microsoft-signin"]',
  microsoftDone: '[data-testid="microsoft-signin-done"]',
  microsoftValidUntil: '[data-testid="microsoft-valid-until"]',
  /** A button by its visible (English) label inside a container. */
  button: (within: string, label: string) => `${within} button::-p-text(${label})`,
} as const;

/** Types a token into the HubSpot form and submits it as a person would (Enter). */
export async function submitHubSpotToken(options: Page, token: string): Promise<void> {
  const input = await options.waitForSelector(authSelectors.hubspotToken, { timeout: 15_000 });
  if (!input) throw new Error('no HubSpot token input');
  await input.click({ clickCount: 3 });
  await input.type(token);
  await input.press('Enter');
}

export interface CredentialView {
  id: string;
  provider: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt?: string;
  account?: string;
  portalId?: number;
  scopes: string[];
}

/** The credentials store, read inside the service worker (the extension's origin). */
export async function readCredentials(worker: ExtensionRealm): Promise<CredentialView[]> {
  return readRecords<CredentialView>(worker, 'credentials');
}

/** Polls until `check` passes or the time is up; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
