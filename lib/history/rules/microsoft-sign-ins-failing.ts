/**
 * microsoft-sign-ins-failing: the newest sign-in of HubSpot's app for the user failed, and none
 * succeeded since. The sentence gives the date of the first failure of that run, the count, and
 * Microsoft's code in words (../present.ts aadstsText, `history.aadsts.<code>`: AADSTS50173 "the
 * grant expired after a password change", AADSTS700082 "expired after 90 days without use"…). The fix is to connect the mailbox again in
 * HubSpot: Microsoft will not let HubSpot's old grant back in.
 */
import { eventsOf } from '../facts';
import { verdictOf, type VerdictRule } from '../verdict';

export const microsoftSignInsFailing: VerdictRule = {
  code: 'microsoft-sign-ins-failing',
  severity: 'critical',
  run(history) {
    const signIns = eventsOf(history, 'microsoft-sign-ins', ['sign-in']);
    const [newest] = signIns;
    if (newest?.result !== 'failure') return undefined;
    const lastSuccess = signIns.findIndex((event) => event.result === 'success');
    const failing = lastSuccess === -1 ? signIns : signIns.slice(0, lastSuccess);
    const first = failing[failing.length - 1] ?? newest;
    return verdictOf(microsoftSignInsFailing, history, {
      at: first.at,
      params: { code: newest.errorCode ?? '', count: failing.length, reason: newest.failureReason ?? '' },
      dates: { date: first.at, last: newest.at },
      fix: { kind: 'reconnect', provider: history.provider === 'outlook' ? 'outlook' : 'microsoft365' },
      evidence: failing.map((event) => event.id),
    });
  },
};
