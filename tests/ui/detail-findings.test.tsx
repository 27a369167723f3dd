// @vitest-environment happy-dom
/**
 * The side panel's findings list says what each finding means and what to do next, in the user's
 * language: for every code a rule in lib/diagnose can produce, the catalog's title and fix appear
 * (as text) and the raw code does not. Expected strings come from the catalogs themselves, so a
 * wrong key prefix (which would fall back to the code) fails here.
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailFindings } from '../../components/sidepanel/DetailFindings';
import { isFindingCode } from '../../components/sidepanel/finding-text';
import { RULES } from '../../lib/diagnose/rules';
import { createTranslator, type Catalog, type Locale, type MessageKey } from '../../lib/i18n';
import '../../lib/i18n/all-locales';
import { de } from '../../lib/i18n/locales/de';
import { en } from '../../lib/i18n/locales/en';
import type { Finding } from '../../lib/model';
import { renderIn } from './render';

const SUBJECT = 'ada@example.com';
const CODES = RULES.map((rule) => rule.code);

const findingFor = (code: string): Finding => ({
  id: `${code}:${SUBJECT}`,
  code,
  severity: 'warning',
  subject: SUBJECT,
  evidence: [],
  foundAt: '2026-11-20T10:00:00.000Z',
});

/** The catalog's text as the user reads it: the page labels it quotes filled in (“Channels” > “Delete”). */
function textOf(catalog: Catalog, key: string): string {
  if (!(key in catalog)) throw new Error(`${key} is missing from the catalog`);
  return createTranslator(catalog === de ? 'de' : 'en')(key as MessageKey);
}

const itemOf = (code: string): HTMLElement => {
  const item = screen.getAllByTestId('finding').find((li) => li.dataset.code === code);
  if (!item) throw new Error(`no finding item for ${code}`);
  return item;
};

afterEach(cleanup);

describe('side panel findings', () => {
  it('knows the strings of every code lib/diagnose produces', () => {
    expect(CODES.length).toBeGreaterThan(0);
    expect(CODES.filter((code) => !isFindingCode(code))).toEqual([]);
  });

  it.each([
    ['en', en],
    ['de', de],
  ] as const satisfies readonly (readonly [Locale, Catalog])[])('shows each finding’s title and fix in %s, not its code', (locale, catalog) => {
    renderIn(<DetailFindings findings={CODES.map(findingFor)} />, locale);
    expect(screen.getByTestId('detail-findings').dataset.count).toBe(String(CODES.length));
    for (const code of CODES) {
      const item = itemOf(code);
      const title = within(item).getByTestId('finding-title');
      expect(title.textContent).toBe(textOf(catalog, `finding.${code}.title`));
      expect(within(item).getByTestId('finding-fix').textContent).toBe(textOf(catalog, `finding.${code}.fix`));
      expect(item.textContent).not.toContain(code);
      expect(within(item).getByText(textOf(catalog, 'ui.severity.warning'))).toBeTruthy();
    }
  });

  it('renders the fix as text: no markup from the catalog becomes elements', () => {
    renderIn(<DetailFindings findings={CODES.map(findingFor)} />, 'en');
    for (const fix of screen.getAllByTestId('finding-fix')) expect(fix.children).toHaveLength(0);
  });

  it('shows a code the catalog does not know as the code, without a fix', () => {
    renderIn(<DetailFindings findings={[findingFor('from-a-newer-version')]} />, 'en');
    const item = itemOf('from-a-newer-version');
    expect(within(item).getByTestId('finding-title').textContent).toBe('from-a-newer-version');
    expect(within(item).queryByTestId('finding-fix')).toBeNull();
  });

  it('says so when there are no findings', () => {
    renderIn(<DetailFindings findings={[]} />, 'de');
    expect(screen.getByText(de['ui.detail.noFindings'])).toBeTruthy();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });
});
