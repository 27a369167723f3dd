import { disconnectHubSpot } from '../../../auth/hubspot';
import type { Handlers } from '../../../messaging/router';

export const hubspotDisconnect: NonNullable<Handlers['auth/hubspot/disconnect']> = async () => disconnectHubSpot();
