import { MAIL_HOSTS, matchPatterns } from '../lib/pages/hosts';
import { startInbox } from '../lib/inbox/run-inbox';
import { sendToBackground } from '../lib/inbox/send';

/** How often an idle page checks that the extension is still there (a property read, no message). */
const LIVENESS_CHECK_MS = 3_000;

export default defineContentScript({
  matches: matchPatterns(Object.keys(MAIL_HOSTS)),
  runAt: 'document_idle',
  main(ctx) {
    const session = startInbox(document, location, ctx, { send: sendToBackground });
    // Gmail and Outlook are single-page apps: re-check after in-page navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => session.locationChanged());
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') session.shown();
    });
    // After an extension update this copy of the script is orphaned and nothing tells it so:
    // ctx.isValid notices the missing runtime and aborts the context, which removes the chip.
    ctx.setInterval(() => void ctx.isValid, LIVENESS_CHECK_MS);
    ctx.onInvalidated(() => session.stop());
  },
});
