import { createClient, protocol } from '../../lib/messaging';

/** The options pages' typed sender (extension pages may use the whole protocol). */
export const send = createClient(protocol);
