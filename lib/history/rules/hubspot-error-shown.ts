/**
 * hubspot-error-shown: HubSpot's Connected emails page showed the inbox connected with an error
 * notice (its own words, kept as seen). HubSpot stops syncing such an inbox until it is connected
 * again; other verdicts may say why (a revoked grant, a failing sign-in).
 */
import { personalSide } from '../../diagnose/facts';
import { verdictOf, type VerdictRule } from '../verdict';

export const hubspotErrorShown: VerdictRule = {
  code: 'hubspot-error-shown',
  severity: 'warning',
  run(history) {
    const side = personalSide(history.facts);
    if (side?.state !== 'connected' || !side.error) return undefined;
    return verdictOf(hubspotErrorShown, history, {
      at: side.evidence.at,
      params: { error: side.error },
      dates: { date: side.evidence.at },
      fix: { kind: 'reconnect', provider: history.provider },
      evidence: [],
    });
  },
};
