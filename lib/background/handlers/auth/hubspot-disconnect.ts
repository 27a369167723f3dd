import { disconnectHubSpot } from '../../../auth/hubspot';
import type { Handlers } from '../../../messaging/router';
import { forgetUserActions } from '../../user-actions';

/** Disconnects HubSpot; the user's presses on its pages (kept per tab) were about that portal's lists. */
export const hubspotDisconnect: NonNullable<Handlers['auth/hubspot/disconnect']> = async () => {
  const result = await disconnectHubSpot();
  await forgetUserActions();
  return result;
};
