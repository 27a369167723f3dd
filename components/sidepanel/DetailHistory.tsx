import type { Observation } from '../../lib/model';
import type { Translate } from '../../lib/i18n';
import { formatAge } from '../shared/age';
import { useI18n } from '../shared/i18n-context';

/** What an observation said, in words: the inbox state, listed or not, access or not. */
function outcome(o: Observation, t: Translate): string | undefined {
  const { state, present, archived } = o.value;
  if (o.kind === 'crm-personal-inbox' && (state === 'connected' || state === 'disabled' || state === 'removed' || state === 'not-connected')) return t(`ui.crm.personal.${state}`);
  if (o.kind === 'crm-team-channel') return t(archived === true ? 'ui.observation.notListed' : 'ui.observation.listed');
  if (o.kind === 'provider-grant' && typeof present === 'boolean') return t(present ? 'ui.grant.present' : 'ui.grant.absent');
  return undefined;
}

/** Every observation of the address, newest first, with the page and the time it was seen. */
export function DetailHistory({ observations, now, locale }: { observations: readonly Observation[]; now: number; locale: string }) {
  const { t } = useI18n();
  const newestFirst = [...observations].sort((a, b) => b.observedAt.localeCompare(a.observedAt));
  return (
    <section class="detail-block" data-testid="detail-history">
      <h3>{t('ui.detail.history')}</h3>
      {newestFirst.length === 0 ? (
        <p class="muted">{t('ui.detail.noHistory')}</p>
      ) : (
        <ol class="records">
          {newestFirst.map((o, index) => (
            <li key={o.id ?? index} data-testid="history-entry" data-kind={o.kind}>
              <strong>{t(`ui.observation.${o.kind}`)}</strong>
              {outcome(o, t) && <>: {outcome(o, t)}</>}
              <br />
              <span class="muted">
                <span class="where">{o.host}{o.path}</span> · <time dateTime={o.observedAt} title={new Date(o.observedAt).toLocaleString(locale)}>{formatAge(o.observedAt, now, t)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
