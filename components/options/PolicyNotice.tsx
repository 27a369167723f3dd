import type { MessageKey } from '../../lib/i18n';
import { POLICY_KEY_NAMES, type Policy, type PolicyKey, type PolicyReading } from '../../lib/policy';
import { useI18n } from '../shared/i18n-context';

const NATIVE_LANGUAGES = { en: 'English', de: 'Deutsch', nl: 'Nederlands', sv: 'Svenska', pl: 'Polski' } as const;

/**
 * What the organisation set, as plain text, and every value it set that Inboxlink ignores (named,
 * so IT and the user can see a policy typo). Nothing when no policy applies.
 */
export function PolicyNotice({ reading }: { reading: PolicyReading }) {
  const { t } = useI18n();
  const set = POLICY_KEY_NAMES.filter((key) => reading.policy[key] !== undefined);
  if (set.length === 0 && reading.problems.length === 0) return null;
  return (
    <section aria-labelledby="policy-heading" data-testid="policy">
      <h2 id="policy-heading">{t('policy.heading')}</h2>
      <p class="muted">{t('policy.intro')}</p>
      <dl>
        {set.map((key) => (
          <div key={key} data-testid="policy-value" data-key={key}>
            <dt>{t(`policy.key.${key}` as MessageKey)}</dt>
            <dd>{valueText(key, reading.policy, t)}</dd>
          </div>
        ))}
      </dl>
      {reading.problems.map((problem) => (
        <p key={problem.key} role="note" class="error" data-testid="policy-ignored" data-key={problem.key}>
          {t(`policy.ignored.${problem.reason}`, { key: problem.key })}
        </p>
      ))}
    </section>
  );
}

function valueText(key: PolicyKey, policy: Policy, t: ReturnType<typeof useI18n>['t']): string {
  switch (key) {
    case 'syncIntervalMinutes': return t('options.sync.minutes', { count: policy.syncIntervalMinutes ?? 0 });
    case 'language': return policy.language ? NATIVE_LANGUAGES[policy.language] : '';
    case 'allowApiRevoke': return t(policy.allowApiRevoke === false ? 'policy.value.guidedOnly' : 'policy.value.allowed');
    case 'hubspotPortalIds': return (policy.hubspotPortalIds ?? []).join(', ');
    default: return String(policy[key] ?? '');
  }
}
