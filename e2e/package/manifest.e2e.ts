/**
 * What ships: the built manifests (Chrome/Edge and Firefox) against the README's permission table
 * and the code. Every permission and host is explained in the README, the README lists nothing the
 * manifests lack, every API permission is used by product code, and no code is loaded from
 * anywhere but the package (stores refuse remote code; so do we).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeBuildDir, firefoxBuildDir, repoRoot } from '../harness/paths';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
}

const builds = { chrome: chromeBuildDir, firefox: firefoxBuildDir } as const;
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const hostOf = (pattern: string) => new URL(pattern.replace('/*', '/')).host;

/** Every `code` span in the README's "Permissions, and why" table. */
function readmePermissionTable(): Set<string> {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('## Permissions, and why');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start, 'README has a "Permissions, and why" section').toBeGreaterThan(-1);
  const rows = readme.slice(start, end).split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Permission'));
  return new Set(rows.flatMap((row) => [...(row.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '')));
}

/** The product's own source (not tests, not the sandbox). */
function productSource(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ['lib', 'components', 'entrypoints']) walk(path.join(repoRoot, dir));
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** How product code reaches each API permission. */
const permissionUse: Record<string, RegExp> = {
  storage: /\bbrowser\.storage\.(session|local|managed)\b/,
  alarms: /\bbrowser\.alarms\./,
  identity: /\bbrowser\.identity\./,
  sidePanel: /\bsidePanel\b/,
};

describe.each(Object.entries(builds))('%s manifest', (_browser, dir) => {
  const manifest = manifestOf(dir);
  const table = readmePermissionTable();

  it('every permission and host is explained in the README', () => {
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches)].map(hostOf);
    const missing = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...hosts].filter((entry) => !table.has(entry));
    expect(missing).toEqual([]);
  });

  it('asks for no permission the product does not use', () => {
    const source = productSource();
    for (const permission of manifest.permissions ?? []) {
      expect(permissionUse[permission], `how product code uses "${permission}" (add it to permissionUse)`).toBeDefined();
      expect(source, `product code uses ${permission}`).toMatch(permissionUse[permission] ?? /$^/);
    }
    for (const host of (manifest.host_permissions ?? []).map(hostOf)) {
      expect(source.includes(`https://${host}`) || source.includes(`'${host}'`), `product code reaches ${host}`).toBe(true);
    }
  });

  it('loads no remote code and keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const shipped: string[] = [];
    const walk = (at: string) => {
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        const full = path.join(at, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(js|html)$/.test(entry.name)) shipped.push(full);
      }
    };
    walk(dir);
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      const where = path.relative(dir, file);
      expect(text, `${where}: a script from the network`).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, `${where}: import() or importScripts of a URL`).not.toMatch(/\b(import|importScripts)\(\s*["'`]https?:/);
      expect(text, `${where}: eval`).not.toMatch(/\beval\(/);
      expect(text, `${where}: new Function`).not.toMatch(/\bnew Function\(/);
    }
  });
});

describe('README permission table', () => {
  it('lists nothing that neither build asks for', () => {
    const asked = new Set<string>();
    for (const dir of Object.values(builds)) {
      const manifest = manifestOf(dir);
      for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) asked.add(permission);
      for (const pattern of [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches)]) asked.add(hostOf(pattern));
    }
    expect([...readmePermissionTable()].filter((entry) => !asked.has(entry))).toEqual([]);
  });
});
