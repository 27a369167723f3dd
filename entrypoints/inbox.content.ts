import { MAIL_HOSTS, matchPatterns } from '../lib/pages/hosts';
import { startInbox } from '../lib/inbox/run-inbox';
import { sendToBackground } from '../lib/inbox/send';

/** How often an idle page checks that the extension is still there (a property read, no message). */
const LIVENESS_CHECK_MS = 3_000;

export default defineContentScript({
  matches: matchPatterns(Object.keys(MAIL_HOSTS)),
  runAt: 'document_idle',
  main(ctx) {
    // Gmail and Outlook are single-page apps: the session re-reads the page whenever it changes
    // (an in-page navigation re-renders it), so WXT's location watcher is not needed here.
    const session = startInbox(document, location, ctx, { send: sendToBackground });
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') session.shown();
    });
    // After an extension update this copy of the script is orphaned and nothing tells it so:
    // ctx.isValid notices the missing runtime and aborts the context, which removes the chip.
    ctx.setInterval(() => void ctx.isValid, LIVENESS_CHECK_MS);
    ctx.onInvalidated(() => session.stop());
  },
});
