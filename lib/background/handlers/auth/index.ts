import type { Handlers } from '../../../messaging/router';
import { googleSave } from './google-save';
import { googleSignOut } from './google-sign-out';
import { hubspotConnect } from './hubspot-connect';
import { hubspotDisconnect } from './hubspot-disconnect';
import { microsoftBegin } from './microsoft-begin';
import { microsoftRenew } from './microsoft-renew';
import { microsoftSave } from './microsoft-save';
import { microsoftSignOut } from './microsoft-sign-out';
import { microsoftWriteAccess } from './microsoft-write-access';
import { authStatus } from './status';
import { syncInterval } from './sync-interval';

/** Handlers of lib/messaging/auth-protocol.ts, one file each. */
export const authHandlers: Handlers = {
  'auth/status': authStatus,
  'auth/hubspot/connect': hubspotConnect,
  'auth/hubspot/disconnect': hubspotDisconnect,
  'auth/google/save': googleSave,
  'auth/google/sign-out': googleSignOut,
  'auth/microsoft/begin': microsoftBegin,
  'auth/microsoft/save': microsoftSave,
  'auth/microsoft/write-access': microsoftWriteAccess,
  'auth/microsoft/renew': microsoftRenew,
  'auth/microsoft/sign-out': microsoftSignOut,
  'options/sync-interval': syncInterval,
};
