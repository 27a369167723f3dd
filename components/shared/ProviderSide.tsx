import { useId } from 'preact/hooks';
import type { EvidenceSource, Observation, ProviderGrant } from '../../lib/model';
import { grantStateFrom } from '../../lib/status/mailbox-facts';
import { formatAge } from './age';
import { useI18n } from './i18n-context';
import type { MailboxDetail } from './mailbox-detail';

/** Where the deciding grant evidence came from: the record or observation with the winning time. */
export function sourceOf(at: string | undefined, grants: readonly ProviderGrant[], observations: readonly Observation[]): EvidenceSource | undefined {
  if (!at) return undefined;
  const grant = grants.find((g) => g.evidence.at === at);
  if (grant) return grant.evidence.source;
  return observations.some((o) => o.kind === 'provider-grant' && o.observedAt === at) ? 'observed' : undefined;
}

/** The provider's side of one mailbox: does Google / Microsoft still grant HubSpot access? */
export function ProviderSide({ detail, now }: { detail: MailboxDetail; now: number }) {
  const { t } = useI18n();
  const provider = detail.facts.mailbox?.provider ?? 'unknown';
  const { grants, observations } = detail.facts;
  const grant = grantStateFrom(grants, observations);
  const source = sourceOf(grant.at, grants, observations);
  const headingId = useId();
  return (
    <section class="side" data-testid="provider-side" data-state={provider === 'imap' ? 'not-applicable' : grant.state} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ui.side.provider')} · {t(`provider.${provider}`)}</h3>
      {provider === 'imap' ? (
        <p>{t('ui.grant.imap')}</p>
      ) : (
        <>
          <p><strong>{t(`ui.grant.${grant.state}`)}</strong></p>
          {grant.at && source && <p class="muted">{t('ui.grant.from', { source: t(`ui.source.${source}`), age: formatAge(grant.at, now, t) })}</p>}
          {grant.state === 'unknown' && <p class="muted">{t('ui.grant.unknownHint')}</p>}
        </>
      )}
    </section>
  );
}
