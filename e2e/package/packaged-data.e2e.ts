/**
 * The data the extension loads on demand is in each package once, as files (modules/packaged-data.ts),
 * and nowhere else: every language's catalog decodes to its TypeScript catalog, the shared mail
 * domain list to the npm package's list, and no script of the build carries a copy of either (a
 * catalog or the list imported by product code would be bundled into the worker and the pages
 * again). That the extension really loads them is what every e2e file that shows text proves.
 */
import sharedMailDomains from 'company-email-validator/free_email_provider_domains.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { catalogFilePath, readCatalog, readEnglishCatalog } from '../../lib/i18n/catalog-files';
import { decodeDomainList, SHARED_DOMAINS_FILE } from '../../lib/partner/shared-domains-file';
import { chromeBuildDir, firefoxBuildDir } from '../harness/paths';

const builds = { chrome: chromeBuildDir, firefox: firefoxBuildDir } as const;
const read = (dir: string, publicPath: string) => readFileSync(path.join(dir, publicPath.slice(1)), 'utf8');

function scriptsOf(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { file: path.relative(dir, full), text: readFileSync(full, 'utf8') };
    });
}

/**
 * Messages a bundled catalog would show verbatim: long ones (no label or word that code may hold
 * for its own reasons) in plain ASCII (a minifier writes other characters as escapes).
 */
function telltaleMessages(locale: Locale): string[] {
  return Object.values(catalogs[locale])
    .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
    .filter((text) => text.length >= 40 && /^[\x20-\x7e]+$/.test(text) && !text.includes('"') && !text.includes('\\'));
}

describe.each(Object.entries(builds))('%s package', (_browser, dir) => {
  it('holds each language\'s catalog once, as the TypeScript catalogs have them', () => {
    const english = readEnglishCatalog(JSON.parse(read(dir, catalogFilePath('en'))));
    expect(english).toEqual(catalogs.en);
    for (const locale of ['de', 'nl', 'sv', 'pl'] as const) {
      expect(readCatalog(locale, JSON.parse(read(dir, catalogFilePath(locale))), english), locale).toEqual(catalogs[locale]);
    }
  });

  it('holds the company-email-validator list once, whole', () => {
    expect(new Set(decodeDomainList(read(dir, SHARED_DOMAINS_FILE)))).toEqual(new Set([...sharedMailDomains].filter((domain) => domain !== '')));
  });

  it('bundles neither a catalog nor the domain list into any script', () => {
    const scripts = scriptsOf(dir);
    expect(scripts.length).toBeGreaterThan(3);
    for (const locale of Object.keys(catalogs) as Locale[]) {
      const telltales = telltaleMessages(locale);
      expect(telltales.length, `${locale} has long ASCII messages to look for`).toBeGreaterThan(10);
      for (const { file, text } of scripts) {
        const found = telltales.filter((message) => text.includes(message));
        expect(found, `${file} carries ${locale} catalog messages`).toEqual([]);
      }
    }
    // Sorted neighbours of the list no product code would name.
    const rare = ['0039.cf', '0815.ru0clickemail.com', 'zzom.co.ukhitmail.com'];
    for (const { file, text } of scripts) expect(rare.filter((domain) => text.includes(domain)), `${file} carries the domain list`).toEqual([]);
  });
});
