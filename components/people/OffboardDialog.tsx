import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { PersonRow } from '../../lib/people/person-index';
import { Modal } from '../shared/Modal';
import { useI18n } from '../shared/i18n-context';
import { sendPeopleMessage } from './send';

type ChannelAction = 'delete' | 'reassign';
interface Choice {
  remove: boolean;
  channels: Record<string, ChannelAction>;
}
type Outcome = { userId: string; planId: string } | { userId: string; refused: string };

interface Props {
  people: readonly PersonRow[];
  /** Closed; with the outcomes once the plans were asked for. */
  onClose(outcomes?: readonly Outcome[]): void;
}

/**
 * What to do for each person before their plans start: remove them after deactivating (the
 * removal itself still needs the typed address at its step), and for every team channel they
 * connected, delete it or have a colleague connect it again. One plan per person; a refusal (the
 * last Super Admin, yourself) is said per person, in words, and stops no one else.
 */
export function OffboardDialog({ people, onClose }: Props) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(people.map((p) => [p.id, { remove: false, channels: Object.fromEntries(p.mailboxes.filter((m) => m.accountId).map((m) => [m.accountId!, 'delete' as ChannelAction])) }])),
  );
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const choose = (userId: string, patch: Partial<Choice>) => setChoices({ ...choices, [userId]: { ...choices[userId]!, ...patch } });
  const start = () => {
    setBusy(true);
    setFailed(false);
    const request = people.map((p) => ({
      userId: p.id,
      remove: choices[p.id]?.remove ?? false,
      channels: Object.entries(choices[p.id]?.channels ?? {}).map(([accountId, action]) => ({ accountId, action })),
    }));
    void sendPeopleMessage('people/offboard-start', { people: request })
      .then((answer) => setOutcomes(answer.results), () => setFailed(true))
      .finally(() => setBusy(false));
  };
  const nameOf = (userId: string) => people.find((p) => p.id === userId)?.name ?? userId;
  return (
    <Modal title={t('people.offboard.title', { count: people.length })} onClose={() => onClose(outcomes)} testId="offboard-dialog" class="dialog--wide">
      <p class="muted">{t('people.offboard.intro')}</p>
      <ul class="offboard-people">
        {people.map((person) => (
          <li key={person.id} data-testid="offboard-person" data-user-id={person.id}>
            <p><strong>{person.name}</strong> <span class="muted">{person.email}</span></p>
            <label>
              <input type="checkbox" data-testid="offboard-remove" checked={choices[person.id]?.remove ?? false} onChange={(e) => choose(person.id, { remove: (e.target as HTMLInputElement).checked })} />
              {' '}{t('people.offboard.remove')}
            </label>
            {person.mailboxes.filter((m) => m.accountId).map((channel) => (
              <fieldset key={channel.accountId} class="offboard-channel" data-testid="offboard-channel" data-address={channel.address}>
                <legend>{t('people.offboard.channel', { address: channel.address })}</legend>
                {(['delete', 'reassign'] as const).map((action) => (
                  <label key={action}>
                    <input type="radio" name={`channel-${person.id}-${channel.accountId}`} value={action} data-testid={`offboard-channel-${action}`}
                      checked={choices[person.id]?.channels[channel.accountId!] === action}
                      onChange={() => choose(person.id, { channels: { ...choices[person.id]!.channels, [channel.accountId!]: action } })} />
                    {' '}{t(`people.offboard.channel.${action}`)}
                  </label>
                ))}
              </fieldset>
            ))}
          </li>
        ))}
      </ul>
      {outcomes && (
        <ul data-testid="offboard-outcomes" role="status">
          {outcomes.map((outcome) => (
            <li key={outcome.userId} data-testid="offboard-outcome" data-user-id={outcome.userId} data-refused={'refused' in outcome ? outcome.refused : undefined}>
              {'refused' in outcome
                ? t('people.offboard.refused', { name: nameOf(outcome.userId), reason: t(`people.refusal.${outcome.refused}` as MessageKey) })
                : t('people.offboard.started', { name: nameOf(outcome.userId) })}
            </li>
          ))}
        </ul>
      )}
      {failed && <p class="error" role="alert">{t('people.failed')}</p>}
      <div class="actions">
        <button type="button" data-testid="dialog-back" onClick={() => onClose(outcomes)}>{outcomes ? t('people.close') : t('ui.plan.confirmBack')}</button>
        {!outcomes && <button type="button" class="danger" data-testid="offboard-start" disabled={busy} onClick={start}>{t('people.offboard.start', { count: people.length })}</button>}
      </div>
    </Modal>
  );
}
