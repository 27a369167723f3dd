/** The conventions README.md promises: one rule per file named by its code, strings in five languages, a test each. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_TYPES } from '../../lib/diagnose/evidence';
import type { Rule } from '../../lib/diagnose/rule';
import { RULES } from '../../lib/diagnose/rules/index';
import { LOCALES } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';

const RULES_DIR = new URL('../../lib/diagnose/rules/', import.meta.url);
const ruleFiles = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
const codes = RULES.map((rule) => rule.code);

describe('diagnose conventions', () => {
  it('every file under rules/ is a registered rule, and codes are unique', () => {
    expect(ruleFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(codes)('rules/%s.ts exports the rule whose code is its file name', async (code) => {
    const module = (await import(`../../lib/diagnose/rules/${code}.ts`)) as Record<string, unknown>;
    const exported = Object.values(module).filter((value): value is Rule => typeof value === 'object' && value !== null && 'run' in value);
    expect(exported.map((rule) => rule.code)).toEqual([code]);
  });

  it.each(codes)('%s has a title and a fix in every language', (code) => {
    for (const locale of LOCALES) {
      const catalog = catalogs[locale] as unknown as Record<string, string | undefined>;
      expect(catalog[`finding.${code}.title`], `${locale} title`).toBeTruthy();
      expect(catalog[`finding.${code}.fix`], `${locale} fix`).toBeTruthy();
    }
  });

  it.each(codes)('%s has a test file', (code) => {
    expect(existsSync(new URL(`./rules/${code}.test.ts`, import.meta.url))).toBe(true);
  });

  it('every evidence type and severity has a label in every language', () => {
    const keys = [...EVIDENCE_TYPES.map((type) => `finding.evidence.${type}`), ...['info', 'warning', 'critical'].map((s) => `finding.severity.${s}`)];
    for (const locale of LOCALES) {
      const catalog = catalogs[locale] as unknown as Record<string, string | undefined>;
      expect(keys.filter((key) => !catalog[key]), locale).toEqual([]);
    }
  });
});
