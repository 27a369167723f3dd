import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumExecutable } from './chromium-args';

/** Where Debian's Chromium reads mandatory policies (one JSON file per source). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * A Chromium that reads a real policy file — the same file IT would put in
 * /etc/chromium/policies/managed/ — without changing it for anyone else on the machine: the
 * returned executable starts Chromium in its own mount namespace (unshare, as root) where our
 * folder is bind-mounted over that directory. Other Chromiums on the machine see the real (empty)
 * directory. The policy carries `extensionPolicy` for our extension under
 * "3rdparty" → "extensions" → <id>, which Chromium hands to the extension as storage.managed.
 */
export async function chromiumWithPolicy(workDir: string, extensionId: string, extensionPolicy: Record<string, unknown>): Promise<string> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || !existsSync('/usr/bin/unshare')) {
    throw new Error('a Chromium policy test needs root and unshare (util-linux) to mount its policy directory privately');
  }
  // The mount point must exist; an empty policy directory changes nothing for other browsers.
  if (!existsSync(CHROMIUM_POLICY_DIR)) mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const policyDir = path.join(workDir, 'managed');
  await mkdir(policyDir, { recursive: true });
  await writeFile(path.join(policyDir, 'inboxlink.json'), JSON.stringify({ '3rdparty': { extensions: { [extensionId]: extensionPolicy } } }, null, 2));
  const wrapper = path.join(workDir, 'chromium-with-policy.sh');
  await writeFile(wrapper, [
    '#!/bin/sh',
    `exec /usr/bin/unshare --mount --propagation private /bin/sh -c 'dir=$1; bin=$2; shift 2; mount --bind "$dir" ${CHROMIUM_POLICY_DIR} && exec "$bin" "$@"' sh ${quote(policyDir)} ${quote(chromiumExecutable())} "$@"`,
    '',
  ].join('\n'));
  await chmod(wrapper, 0o755);
  return wrapper;
}

/** The Chrome extension id a manifest `key` gives: sha256 of the key, first 32 hex digits as a–p. */
export async function extensionIdOfBuild(buildDir: string): Promise<string> {
  const { key } = JSON.parse(await readFile(path.join(buildDir, 'manifest.json'), 'utf8')) as { key?: string };
  if (!key) throw new Error(`${buildDir}/manifest.json has no key: the extension id would not be fixed`);
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
