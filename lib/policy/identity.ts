import { GOOGLE_CLIENT_ID } from '../auth/google-config';
import { MICROSOFT_AUTHORITY, MICROSOFT_CLIENT_ID } from '../auth/microsoft/config';
import type { Policy } from './keys';

export interface IdentityConfig {
  googleClientId: string;
  microsoftClientId: string;
  /** https://login.microsoftonline.com/<tenant>, or the multi-tenant default. */
  microsoftAuthority: string;
  microsoftTokenEndpoint: string;
}

/** The OAuth clients the admin sign-ins use: the organisation's own when its policy names them. */
export function identityConfig(policy: Policy): IdentityConfig {
  const authority = policy.microsoftTenant ? `https://login.microsoftonline.com/${policy.microsoftTenant}` : MICROSOFT_AUTHORITY;
  return {
    googleClientId: policy.googleClientId ?? GOOGLE_CLIENT_ID,
    microsoftClientId: policy.microsoftClientId ?? MICROSOFT_CLIENT_ID,
    microsoftAuthority: authority,
    microsoftTokenEndpoint: `${authority}/oauth2/v2.0/token`,
  };
}
