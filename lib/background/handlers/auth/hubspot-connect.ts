import { connectHubSpot } from '../../../auth/hubspot';
import type { Handlers } from '../../../messaging/router';
import { hubspotAccountAllowed, readPolicy } from '../../../policy';
import { runScheduledPass } from '../../../sync';

/** Saves a working token, then starts a pass (not awaited: the reply must not wait for a sync). */
export const hubspotConnect: NonNullable<Handlers['auth/hubspot/connect']> = async ({ token }) => {
  const { policy } = await readPolicy();
  const result = await connectHubSpot(token, { accountAllowed: (account) => hubspotAccountAllowed(policy, account) });
  if (result.ok) {
    void runScheduledPass().catch((error: unknown) => console.warn('[inboxlink] sync after connect failed:', error instanceof Error ? error.message : String(error)));
  }
  return result;
};
