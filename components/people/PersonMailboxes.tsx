import type { MessageKey } from '../../lib/i18n';
import type { PersonMailbox } from '../../lib/people/person-index';
import { useI18n } from '../shared/i18n-context';
import { StatusPill } from '../shared/StatusPill';

/**
 * A person's mailboxes: their personal inboxes, the team channels they connected, and HubSpot's
 * access at the provider, each with the one status rule; each opens its detail in the side panel
 * page (both sides, findings, history, its unlink plan).
 */
export function PersonMailboxes({ mailboxes }: { mailboxes: readonly PersonMailbox[] }) {
  const { t } = useI18n();
  if (mailboxes.length === 0) return <p class="muted" data-testid="person-no-mailboxes">{t('people.person.noMailboxes')}</p>;
  return (
    <ul class="person-mailboxes">
      {mailboxes.map((mailbox) => (
        <li key={mailbox.address} data-testid="person-mailbox" data-address={mailbox.address} data-kind={mailbox.kind} data-inboxlink-status={mailbox.status} data-grant={mailbox.grant}>
          <a href={`/sidepanel.html?mailbox=${encodeURIComponent(mailbox.address)}`} target="_blank" rel="noopener noreferrer">{mailbox.address}</a>
          {' '}<StatusPill status={mailbox.status} />
          <span class="muted">
            {' '}{t(mailbox.kind === 'team' ? 'people.person.teamChannel' : 'people.person.personalInbox')}
            {' · '}{t(`provider.${mailbox.provider}` as MessageKey)}
            {mailbox.kind === 'personal' && ` · ${t(`people.grant.${mailbox.grant}`)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
