import { MAIL_HOSTS, matchPatterns } from '../lib/pages/hosts';
import { runInbox } from '../lib/inbox/run-inbox';
import type { Chip } from '../lib/inbox/chip';

export default defineContentScript({
  matches: matchPatterns(Object.keys(MAIL_HOSTS)),
  runAt: 'document_idle',
  main(ctx) {
    let chip: Chip | undefined;
    const context = { get isValid() { return ctx.isValid; }, signal: ctx.signal };
    const refresh = async () => {
      chip = await runInbox(document, location, context, chip);
    };
    void refresh();
    // Gmail and Outlook are single-page apps: re-check after in-page navigation (account switch).
    ctx.addEventListener(window, 'wxt:locationchange', () => void refresh());
    ctx.onInvalidated(() => chip?.remove());
  },
});
