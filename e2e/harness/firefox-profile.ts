import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import tls from 'node:tls';
import { createHash } from 'node:crypto';

/** The gecko id of the Firefox build (wxt.config.ts, browser_specific_settings). */
export const GECKO_ID = 'inboxlink@inboxlink.invalid';

/**
 * The moz-extension:// host of our extension in test profiles. Firefox picks a random UUID per
 * profile; the pref `extensions.webextensions.uuids` fixes it, so tests know the extension's URLs
 * before it is installed (the Chrome build's id is fixed by the manifest key in the same spirit).
 */
export const FIREFOX_EXTENSION_UUID = '6b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8';

/** Firefox's OID name for SHA-256 in cert_override.txt. */
const SHA256_OID = 'OID.2.16.840.1.101.3.4.2.1';

/**
 * The prefs of a test profile, each with its reason:
 * - network.proxy.*: every request goes to our CONNECT proxy (connect-proxy.ts), which sends the
 *   sandbox's hostnames to the sandbox — Firefox's stand-in for Chromium's host resolver rules.
 *   `allow_hijacking_localhost` and an empty `no_proxies_on` keep nothing out of the proxy.
 * - network.stricttransportsecurity.preloadlist false, security.cert_pinning.enforcement_level 0:
 *   Firefox refuses certificate exceptions for HSTS-preloaded and key-pinned hosts (mail.google.com,
 *   accounts.google.com are both), so the sandbox's certificate could not be trusted for them.
 *   Nothing else is relaxed: certificates are still checked, and only the sandbox's one is trusted
 *   (cert_override.txt below).
 * - extensions.webextensions.uuids: the fixed moz-extension host (FIREFOX_EXTENSION_UUID).
 * - intl.locale.requested: the browser's language, when a test asks for one.
 */
export function firefoxPrefs(proxyPort: number, locale?: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.stricttransportsecurity.preloadlist': false,
    'security.cert_pinning.enforcement_level': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    ...(locale ? { 'intl.locale.requested': locale } : {}),
  };
}

/**
 * Trusts exactly the sandbox's certificate for exactly the sandbox's hosts, the way a person does
 * when they accept a certificate exception: Firefox's per-profile override file, one line per
 * host:443 with the certificate's SHA-256 fingerprint. Narrower than puppeteer's
 * `acceptInsecureCerts` (which accepts any certificate for any host) and the same trust Chromium
 * gets from `--ignore-certificate-errors-spki-list`.
 */
export async function writeCertificateOverrides(profileDir: string, sandbox: { port: number; spki: string; hosts: readonly string[] }): Promise<void> {
  const fingerprint = await sandboxFingerprint(sandbox);
  const lines = sandbox.hosts.map((host) => `${host}:443:\t${SHA256_OID}\t${fingerprint}\t`);
  const header = ['# PSM Certificate Override Settings file', '# This is a generated file!  Do not edit.'];
  await writeFile(path.join(profileDir, 'cert_override.txt'), `${[...header, ...lines].join('\n')}\n`);
}

/**
 * The SHA-256 fingerprint (AA:BB:…) of the certificate the sandbox serves, read over TLS and
 * checked against the SPKI hash the sandbox announced, so we never trust what another process
 * on that port presents.
 */
async function sandboxFingerprint(sandbox: { port: number; spki: string; hosts: readonly string[] }): Promise<string> {
  const certificate = await new Promise<import('node:crypto').X509Certificate>((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: sandbox.port, servername: sandbox.hosts[0], rejectUnauthorized: false }, () => {
      const peer = socket.getPeerX509Certificate();
      socket.end();
      if (peer) resolve(peer);
      else reject(new Error('the sandbox presented no certificate'));
    });
    socket.once('error', reject);
  });
  const spki = createHash('sha256').update(certificate.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
  if (spki !== sandbox.spki) throw new Error(`port ${sandbox.port} presented SPKI ${spki}, not the sandbox's ${sandbox.spki}`);
  return certificate.fingerprint256;
}
