/**
 * gmail-idle: HubSpot shows the inbox connected, Google's token log can be read for it, and the
 * newest Gmail `activity` of HubSpot's client is older than IDLE_AFTER_DAYS — or there is none in
 * the log's 180 days. HubSpot's mail sync calls Gmail all day, so a week of silence means HubSpot
 * is not using the mailbox, whatever its settings page says. Not said when the log shows the
 * access removed (google-access-removed explains that).
 */
import { eventsOf, hubspotShowsConnected, sourceRead } from '../facts';
import { DAY_MS, verdictOf, type VerdictRule } from '../verdict';

export const IDLE_AFTER_DAYS = 7;

export const gmailIdle: VerdictRule = {
  code: 'gmail-idle',
  severity: 'warning',
  run(history, now) {
    if (history.provider !== 'google' || !sourceRead(history, 'google-token-audit')) return undefined;
    const connected = hubspotShowsConnected(history);
    if (!connected) return undefined;
    const [grantEvent] = eventsOf(history, 'google-token-audit', ['authorize', 'revoke']);
    if (grantEvent?.kind === 'revoke') return undefined;
    const [lastUse] = eventsOf(history, 'google-token-audit', ['activity']).filter((event) => (event.detail?.product ?? 'GMAIL') === 'GMAIL');
    if (lastUse && Date.parse(now) - Date.parse(lastUse.at) <= IDLE_AFTER_DAYS * DAY_MS) return undefined;
    const fix = { kind: 'reconnect', provider: 'google' } as const;
    if (!lastUse) return verdictOf(gmailIdle, history, { variant: 'never', params: {}, dates: { seen: connected.at }, fix, evidence: [] });
    const days = Math.floor((Date.parse(now) - Date.parse(lastUse.at)) / DAY_MS);
    return verdictOf(gmailIdle, history, { at: lastUse.at, params: { days }, dates: { date: lastUse.at }, fix, evidence: [lastUse.id] });
  },
};
