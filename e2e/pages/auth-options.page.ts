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

/** Connects HubSpot with `token` on the options page, as a user does, and waits until the page shows it connected. */
export async function connectOnOptions(options: Page, token: string): Promise<void> {
  await submitHubSpotToken(options, token);
  await options.waitForSelector(authSelectors.hubspotConnected, { timeout: 15_000 });
}

/** Disconnects HubSpot on the options page as a user does (Disconnect, then Yes), until the page shows it gone. */
export async function disconnectOnOptions(options: Page): Promise<void> {
  const ui = { timeout: 15_000 };
  await options.bringToFront();
  await (await options.waitForSelector(authSelectors.button(authSelectors.hubspotConnected, 'Disconnect HubSpot'), ui))?.click();
  await (await options.waitForSelector(authSelectors.button(authSelectors.hubspotConnected, 'Yes, disconnect'), ui))?.click();
  await options.waitForFunction((selector) => !document.querySelector(selector), ui, authSelectors.hubspotConnected);
}

/**
 * A test that starts from "HubSpot not connected" arranges it itself, whatever ran before it:
 * a stored HubSpot token (the store is the truth, not what the page has rendered yet) is
 * disconnected on the page, as a user would, and the store is then seen without it.
 */
export async function startDisconnected(options: Page, worker: () => Promise<ExtensionRealm>): Promise<void> {
  const hubspot = async () => (await readCredentials(await worker())).filter((credential) => credential.provider === 'hubspot');
  if ((await hubspot()).length === 0) return;
  await disconnectOnOptions(options);
  const left = await waitFor(hubspot, (credentials) => credentials.length === 0);
  if (left.length > 0) throw new Error('HubSpot still has a stored token after Disconnect');
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
