import { createTranslator } from '../../i18n';
import { normalizeAddress } from '../../model';
import { ForbiddenError, type Handlers } from '../../messaging/router';
import { isMailHost } from '../../pages/hosts';
import { verdictOf } from '../../status/mailbox-facts';
import { readMailboxFacts } from '../../store/reads/mailbox-facts';
import { chipLabel, chipSetup } from '../chip-setup';
import { currentLocale } from '../locale';
import { addressesOfTab, rememberTabMailbox } from '../tab-mailboxes';
import { storeReport } from './observation-report';

async function statusOf(address: string) {
  const facts = await readMailboxFacts(address);
  return { facts, verdict: verdictOf(facts) };
}

/**
 * One mailbox's status. A content script may only ask about what its own tab reported: with
 * `seen` it reports it in the same message (stored as observation/report stores it, so the tab's
 * record is written before the check below). `signedInAs` is the account signed in beside the
 * mailbox shown (a delegated or shared mailbox): reported as signed in there too, kept on the
 * tab's record with it, and its status answered beside the mailbox's — the page shows both.
 */
export const mailboxStatus: NonNullable<Handlers['mailbox/status']> = async ({ address, seen, signedInAs }, context) => {
  const { sender } = context;
  const beside = signedInAs && normalizeAddress(signedInAs) !== normalizeAddress(address) ? signedInAs : undefined;
  if (seen) {
    // Only a mail page reports what it shows (observation/report is the content scripts' alone).
    if (sender.kind !== 'content' || sender.tabId === undefined) throw new ForbiddenError('only a content script reports what its page shows');
    await storeReport({ kind: 'signed-in-address', address, path: seen.path, value: seen.value }, sender);
    if (beside) await storeReport({ kind: 'signed-in-address', address: beside, path: seen.path, value: { ...seen.value, beside: address } }, sender);
    await rememberTabMailbox(sender.tabId, address, beside);
  }
  if (sender.kind === 'content') {
    const own = sender.tabId === undefined ? [] : await addressesOfTab(sender.tabId);
    if (own[0] !== address || (beside !== undefined && own[1] !== beside)) throw new ForbiddenError('a content script may only ask about its own mailbox');
  }
  const t = createTranslator(await currentLocale());
  const { facts, verdict } = await statusOf(address);
  // A personal inbox's HubSpot side has no API: the only fix for "unknown" is the user opening
  // HubSpot's Connected emails once, where the guide script observes it. The chip says so.
  const unseenPersonal = verdict.status === 'unknown' && verdict.kind === 'personal';
  const other = beside ? (await statusOf(beside)).verdict.status : undefined;
  return {
    address,
    status: verdict.status,
    kind: verdict.kind,
    provider: facts.mailbox?.provider ?? 'unknown',
    checkedAt: verdict.checkedAt,
    label: chipLabel(t, verdict.status),
    ...(unseenPersonal && { hint: { text: t('ui.chip.unknownHint'), detail: t('ui.chip.unknownDetail') } }),
    ...(beside && other && { signedInAs: { address: beside, status: other, label: t('chip.signedInAs', { address: beside, label: chipLabel(t, other) }) } }),
    ...(sender.kind === 'content' && isMailHost(sender.host) && { chip: await chipSetup(t, sender.host, address) }),
  };
};
