import { createTranslator } from '../../i18n';
import { ForbiddenError, type Handlers } from '../../messaging/router';
import { verdictOf } from '../../status/mailbox-facts';
import { currentLocale } from '../locale';
import { readMailboxFacts } from '../../status/read-facts';
import { mailboxOfTab } from '../tab-mailboxes';
import { observationReport } from './observation-report';

/**
 * One mailbox's status. A content script may only ask about the mailbox its own tab reported:
 * with `seen` it reports it in the same message (stored exactly as observation/report stores it,
 * so the tab's mailbox is remembered before the check below).
 */
export const mailboxStatus: NonNullable<Handlers['mailbox/status']> = async ({ address, seen }, context) => {
  const { sender } = context;
  if (seen) {
    // Only a mail page reports what it shows (observation/report is the content scripts' alone).
    if (sender.kind !== 'content') throw new ForbiddenError('only a content script reports what its page shows');
    await observationReport({ kind: 'signed-in-address', address, path: seen.path, value: seen.value }, context);
  }
  if (sender.kind === 'content') {
    const own = sender.tabId === undefined ? undefined : await mailboxOfTab(sender.tabId);
    if (own !== address) throw new ForbiddenError('a content script may only ask about its own mailbox');
  }
  const facts = await readMailboxFacts(address);
  const verdict = verdictOf(facts);
  const t = createTranslator(await currentLocale());
  // A personal inbox's HubSpot side has no API: the only fix for "unknown" is the user opening
  // HubSpot's Connected emails once, where the guide script observes it. The chip says so.
  const unseenPersonal = verdict.status === 'unknown' && verdict.kind === 'personal';
  return {
    address,
    status: verdict.status,
    kind: verdict.kind,
    provider: facts.mailbox?.provider ?? 'unknown',
    checkedAt: verdict.checkedAt,
    label: t('chip.label', { status: t(`status.${verdict.status}`) }),
    ...(unseenPersonal && { hint: { text: t('ui.chip.unknownHint'), detail: t('ui.chip.unknownDetail') } }),
  };
};
