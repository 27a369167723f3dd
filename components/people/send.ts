import { createClient, protocol } from '../../lib/messaging';

/** The People page's one way to change anything: a message to the background. */
export const sendPeopleMessage = createClient(protocol);
