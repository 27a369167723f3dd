/**
 * A user never reads an internal code ("plan-not-running", "half-unlinked"): no catalog value holds
 * one, and the runner's refusals reach the side panel as sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureText, unexpectedFailureText } from '../../components/options/auth-messages';
import { refusalKey } from '../../components/plan/plan-notice';
import { createTranslator, LOCALES } from '../../lib/i18n';
import { catalogs } from '../../lib/i18n/all-locales';
import { templatesOf, type Message } from '../../lib/i18n/message';

const PLANS = new URL('../../lib/plans/', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

/** Every reason the plan runner refuses with: `refused('…')` and `refused: '…'` in lib/plans. */
const refusalReasons = [...new Set(sources(PLANS).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/refused(?:\(|:\s*(?:plan \? )?)'([a-z-]+)'/g)].map((m) => m[1] ?? '')))];

/** The codes the catalog keys are built from ("half-unlinked", "expired-auth", …), and the refusals. */
const codes = [...new Set([...Object.keys(catalogs.en).flatMap((key) => key.split('.')).filter((part) => part.includes('-')), ...refusalReasons])];

/** Hyphenated English words that are also codes' names: plain English in the English catalog. */
const ENGLISH_WORDS = new Set(['signed-in']);

describe('internal codes', () => {
  it('are collected (the test would see one)', () => {
    expect(codes).toEqual(expect.arrayContaining(['half-unlinked', 'not-linked', 'plan-not-running', 'missing-scope']));
    expect(refusalReasons).toEqual(expect.arrayContaining(['plan-not-running', 'unknown-plan', 'not-confirmed']));
  });

  it.each(LOCALES)('never stand in a %s catalog value', (locale) => {
    const found = Object.entries(catalogs[locale]).flatMap(([key, message]: [string, Message]) => {
      const text = templatesOf(message).join('\n');
      return codes.filter((code) => !(locale === 'en' && ENGLISH_WORDS.has(code)) && new RegExp(`(?<![\\w-])${code}(?![\\w-])`).test(text)).map((code) => `${key}: ${code}`);
    });
    expect(found).toEqual([]);
  });

  it('every refusal of the plan runner has its own sentence', () => {
    expect(refusalReasons.filter((reason) => refusalKey(reason) === 'ui.plan.refused')).toEqual([]);
  });

  it.each(LOCALES)('a refusal reads as words in %s, never its code', (locale) => {
    const t = createTranslator(locale);
    for (const reason of [...refusalReasons, 'a-reason-from-a-newer-version']) {
      const text = t(refusalKey(reason));
      expect(text, reason).not.toContain(reason);
      expect(text).toMatch(/^\p{Lu}/u);
    }
  });

  it.each(LOCALES)('a sign-in failure nobody named reads as words in %s, not the error’s code or English text', (locale) => {
    const t = createTranslator(locale);
    const cancelled = Object.assign(new Error('User cancelled the flow.'), { errorCode: 'user_cancelled' });
    expect(unexpectedFailureText(t, cancelled)).toBe(t('auth.error.cancelled'));
    const odd = unexpectedFailureText(t, new TypeError('Failed to fetch dynamically imported module: chrome-extension://x/chunk.js'));
    expect(odd).toContain(t('error.generic'));
    expect(odd).not.toMatch(/Failed to fetch|chunk\.js/);
    const offline = failureText(t, 'hubspot', { reason: 'failed', detail: 'NetworkError: request to api.hubapi.com failed' });
    expect(offline).toContain(t('error.kind.offline'));
    expect(offline).not.toContain('NetworkError');
  });
});
