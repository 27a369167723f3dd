/**
 * Convention test over lib/plans/flows: every file is registered, its id is its file name, step
 * keys are unique, each kind carries what it needs, and every string a flow names exists in all
 * five languages with the same placeholders.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf } from '../../lib/i18n';
import { PLAN_CATALOGS, type PlanMessageKey } from '../../lib/plans/i18n';
import { FLOWS } from '../../lib/plans/flows';
import { RECONNECT } from '../../lib/plans/reconnect';

const folder = new URL('../../lib/plans/flows/', import.meta.url);
const flowFiles = readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.slice(0, -3)).sort();
const english = PLAN_CATALOGS.en;

describe('lib/plans/flows', () => {
  it('has the flows of the issue', () => {
    expect(flowFiles).toEqual([
      'change-partner-domain', 'deactivate-user', 'delete-team-channel', 'disconnect-personal-inbox', 'final-check', 'imap-handoff', 'make-super-admin',
      'person-inbox', 'person-meetings', 'person-point-of-contact', 'person-records', 'person-workflows', 'reactivate-user',
      'reassign-team-channel', 'remove-me', 'remove-user', 'revoke-google-consumer', 'revoke-google-workspace',
      'revoke-microsoft-admin', 'revoke-microsoft-user', 'revoke-outlook',
    ]);
  });

  it.each(flowFiles)('%s is registered under its file name', async (file) => {
    const module = (await import(`../../lib/plans/flows/${file}.ts`)) as { default: { id: string } };
    expect(module.default.id).toBe(file);
    expect(FLOWS.get(file)).toBe(module.default);
  });

  it.each([...FLOWS.values()].map((flow) => [flow.id, flow] as const))('%s: unique step keys, and each kind has what it needs', (_id, flow) => {
    const keys = flow.steps.map((step) => step.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const step of flow.steps) {
      // A guided step names its button (target) and how its outcome is seen (observed on the page or checked by API);
      // a review the admin does elsewhere has only a page link and the admin's confirmation.
      if (step.kind === 'guided' && step.target) expect(typeof step.observe === 'function' || typeof step.check === 'function' || flow.id === 'person-point-of-contact').toBe(true);
      if (step.kind === 'guided' && !step.target) expect(typeof step.deepLink).toBe('function');
      if (step.kind === 'api') expect([typeof step.act, typeof step.verify, step.confirm.length > 0]).toEqual(['function', 'function', true]);
      if (step.kind === 'verify') expect(typeof step.verify).toBe('function');
    }
  });

  it('every step title, explanation and confirmation exists in all five languages with the same placeholders', () => {
    const keys = [...FLOWS.values()].flatMap((flow) =>
      flow.steps.flatMap((step) => [step.title, step.explain, ...(step.kind === 'api' ? [step.confirm] : [])]),
    );
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      expect(english[key], key).toBeDefined();
      for (const locale of LOCALES) {
        expect(PLAN_CATALOGS[locale][key]?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(placeholdersOf(PLAN_CATALOGS[locale][key]), `${locale} ${key}`).toEqual(placeholdersOf(english[key]));
      }
    }
  });

  it('the plan catalogs have the same keys and placeholders in every language, reconnect labels included', () => {
    const englishKeys = Object.keys(english).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(PLAN_CATALOGS[locale]).sort(), locale).toEqual(englishKeys);
      for (const key of englishKeys as PlanMessageKey[]) expect(placeholdersOf(PLAN_CATALOGS[locale][key]), `${locale} ${key}`).toEqual(placeholdersOf(english[key]));
    }
    for (const info of Object.values(RECONNECT)) for (const key of [info.intro, ...info.items.map((i) => i.label)]) expect(englishKeys).toContain(key);
    expect(englishKeys.every((key) => key.startsWith('plan.'))).toBe(true);
  });
});
