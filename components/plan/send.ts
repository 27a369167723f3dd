import { createClient, protocol } from '../../lib/messaging';

/** The plan views' one way to change anything: a message to the background. */
export const sendPlanMessage = createClient(protocol);
