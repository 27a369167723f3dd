/** Every rule, in the order their findings are listed (most urgent kinds first). */
import type { Rule } from '../rule';
import { brokenConnection } from './broken-connection';
import { crmUserMismatch } from './crm-user-mismatch';
import { deactivatedUserGrant } from './deactivated-user-grant';
import { deactivatedUserTeamChannel } from './deactivated-user-team-channel';
import { grantWithoutInbox } from './grant-without-inbox';
import { halfUnlinked } from './half-unlinked';
import { partnerDomainMinority } from './partner-domain-minority';
import { partnerDomainShared } from './partner-domain-shared';
import { partnerDomainStale } from './partner-domain-stale';
import { partnerDomainUnset } from './partner-domain-unset';
import { staleObservation } from './stale-observation';

export const RULES: readonly Rule[] = [
  deactivatedUserGrant,
  deactivatedUserTeamChannel,
  halfUnlinked,
  brokenConnection,
  grantWithoutInbox,
  crmUserMismatch,
  staleObservation,
  partnerDomainShared,
  partnerDomainUnset,
  partnerDomainMinority,
  partnerDomainStale,
];
