export { POLICY_KEYS, POLICY_KEY_NAMES, type Policy, type PolicyKey, type PolicyProblem, type PolicyReading } from './keys';
export { apiRevokeAllowed, hubspotAccountAllowed, parsePolicy } from './parse';
export { readPolicy } from './read';
export { applyPolicyToSettings, lockedSettings } from './settings';
export { identityConfig, type IdentityConfig } from './identity';
