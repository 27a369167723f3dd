/** Every verdict rule, in the order they are tried; a mailbox can have several verdicts. */
import type { VerdictRule } from '../verdict';
import { deactivatedUserLiveChannel } from './deactivated-user-live-channel';
import { gmailIdle } from './gmail-idle';
import { googleAccessRemoved } from './google-access-removed';
import { hubspotErrorShown } from './hubspot-error-shown';
import { microsoftSignInsFailing } from './microsoft-sign-ins-failing';

export const VERDICT_RULES: readonly VerdictRule[] = [googleAccessRemoved, microsoftSignInsFailing, gmailIdle, deactivatedUserLiveChannel, hubspotErrorShown];
