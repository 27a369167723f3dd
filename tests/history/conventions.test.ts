/** The conventions lib/history/README.md promises: one verdict rule per file named by its code, words in five languages, a test each. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERDICT_RULES } from '../../lib/history/rules/index';
import type { VerdictRule } from '../../lib/history/verdict';
import { LOCALES } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';

const ruleFiles = readdirSync(new URL('../../lib/history/rules/', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
const codes = VERDICT_RULES.map((rule) => rule.code);

describe('history conventions', () => {
  it('every file under rules/ is a registered rule, and codes are unique', () => {
    expect(ruleFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(codes)('rules/%s.ts exports the rule whose code is its file name', async (code) => {
    const module = (await import(`../../lib/history/rules/${code}.ts`)) as Record<string, unknown>;
    const exported = Object.values(module).filter((value): value is VerdictRule => typeof value === 'object' && value !== null && 'run' in value);
    expect(exported.map((rule) => rule.code)).toEqual([code]);
  });

  it.each(codes)('%s has its sentence in every language', (code) => {
    for (const locale of LOCALES) {
      const keys = Object.keys(catalogs[locale]).filter((key) => key === `history.verdict.${code}` || key.startsWith(`history.verdict.${code}.`));
      expect(keys.length, locale).toBeGreaterThan(0);
    }
  });

  it.each(codes)('%s has a test file', (code) => {
    expect(existsSync(new URL(`./rules/${code}.test.ts`, import.meta.url))).toBe(true);
  });
});
