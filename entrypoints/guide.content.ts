import { GUIDE_HOSTS, matchPatterns } from '../lib/pages/hosts';
import { startGuideObservers } from '../lib/guide/start-guide';

export default defineContentScript({
  matches: matchPatterns(GUIDE_HOSTS),
  runAt: 'document_idle',
  main(ctx) {
    const context = { get isValid() { return ctx.isValid; }, signal: ctx.signal };
    const observers = startGuideObservers(document, location, context);
    // HubSpot is a single-page app: a new settings page arrives without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => observers.locationChanged());
  },
});
