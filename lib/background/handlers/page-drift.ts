import type { Handlers } from '../../messaging/router';
import { appendDriftReport } from '../drift-reports';

/**
 * A page layout we did not recognise. Kept locally (a censored skeleton, no text, no addresses)
 * so support can see it in the diagnostics report; nothing leaves the browser.
 */
export const pageDrift: NonNullable<Handlers['page/drift']> = async (report, { sender }) => {
  await appendDriftReport({ ...report, host: sender.host ?? 'extension', at: new Date().toISOString() });
  return { stored: true };
};
