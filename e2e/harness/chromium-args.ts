import { existsSync } from 'node:fs';

/** Debian's Chromium unless PUPPETEER_EXECUTABLE_PATH says otherwise (puppeteer's download fails here). */
export function chromiumExecutable(): string {
  return process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
}

export function chromiumIsInstalled(): boolean {
  return existsSync(chromiumExecutable());
}

export interface SandboxEndpoint {
  port: number;
  spki: string;
  hosts: readonly string[];
}

/**
 * The Chromium command line shared by the e2e harness and `npm start`. Each flag's reason:
 * - --no-sandbox: Chromium's own sandbox cannot start as root (our CI and dev machines).
 * - --disable-gpu, --disable-dev-shm-usage: headless containers have no GPU and a tiny /dev/shm.
 * - --no-first-run, --disable-background-networking, --disable-component-update, --disable-sync:
 *   no traffic of Chromium's own, which has no network here and would pollute the request log.
 * - --disable-quic: the sandbox speaks HTTP/1.1 and HTTP/2 over TCP only.
 * - --host-resolver-rules: every real hostname the sandbox serves resolves to it, so the production
 *   build runs unchanged; `MAP * ~NOTFOUND` makes any other host fail fast instead of leaking out.
 * - --ignore-certificate-errors-spki-list: trust exactly the sandbox's self-signed certificate.
 */
export function chromiumArgs(sandbox: SandboxEndpoint): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--disable-quic',
    hostResolverRules(sandbox),
    `--ignore-certificate-errors-spki-list=${sandbox.spki}`,
  ];
}

/** One argument, no quotes inside: Chromium parses the comma-separated list itself. */
export function hostResolverRules(sandbox: SandboxEndpoint): string {
  const maps = sandbox.hosts.map((host) => `MAP ${host} 127.0.0.1:${sandbox.port}`);
  return `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(',')}`;
}
