// @vitest-environment happy-dom
/**
 * The audit log shows actor, action and result translated, never their stored codes; the codes
 * stay on data attributes, and the detail stays data (the row's title, as text).
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../components/plan/AuditLog';
import { LOCALES } from '../../lib/i18n';
import type { AuditEntry } from '../../lib/model';
import { planTranslator } from '../../lib/plans/i18n';
import { renderIn } from '../ui/render';

const SUBJECT = 'ada@example.com';
const entry = (n: number, actor: string, action: string, result: AuditEntry['result']): AuditEntry => ({
  id: n, at: `2026-11-22T08:0${n}:00.000Z`, actor, action, subject: SUBJECT, result, detail: `plan-1 step-${n}`,
});
const ENTRIES: AuditEntry[] = [
  entry(1, 'user', 'plan.start', 'ok'),
  entry(2, 'guide', 'step.observed', 'observed'),
  entry(3, 'user', 'step.confirmed', 'confirmed'),
  entry(4, 'user', 'step.run', 'refused'),
  entry(5, 'user', 'step.intent', 'ok'),
  entry(6, 'inboxlink', 'step.result', 'failed'),
  entry(7, 'inboxlink', 'step.verify', 'ok'),
  entry(8, 'user', 'plan.cancel', 'ok'),
  entry(9, 'inboxlink', 'plan.done', 'ok'),
  entry(0, 'sync-job', 'google-renew', 'ok'),
];
const CODES = ['user', 'guide', 'plan.start', 'step.observed', 'step.confirmed', 'step.run', 'step.intent', 'step.result', 'step.verify', 'plan.cancel', 'plan.done', 'refused', 'observed', 'failed', 'sync-job', 'google-renew'];

afterEach(cleanup);

describe('the audit log', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('in %s shows no raw code', (locale) => {
    renderIn(<AuditLog entries={ENTRIES} />, locale);
    const cells = [...screen.getAllByTestId('audit-entry')].flatMap((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? ''));
    for (const code of CODES) expect(cells, code).not.toContain(code);
    const t = planTranslator(locale);
    const refused = screen.getAllByTestId('audit-entry').find((row) => row.dataset.action === 'step.run');
    expect(refused?.dataset.result).toBe('refused');
    expect(refused?.textContent).toContain(t('plan.audit.result.refused'));
    expect(refused?.textContent).toContain(t('plan.audit.action.step.run'));
    const other = screen.getAllByTestId('audit-entry').find((row) => row.dataset.action === 'google-renew');
    expect(other?.textContent).toContain(t('plan.audit.action.other'));
    expect(other?.getAttribute('title')).toBe('plan-1 step-0');
  });

  it('shows an account actor as it is', () => {
    renderIn(<AuditLog entries={[entry(1, 'admin@example.com', 'step.intent', 'ok')]} />, 'sv');
    expect(screen.getByTestId('audit-entry').textContent).toContain('admin@example.com');
  });
});
