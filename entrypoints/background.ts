// First: the database opens while everything below is evaluated.
import '../lib/background/open-store-early';
// The badge and the content scripts' status replies translate into any language at any moment.
import '../lib/i18n/all-locales';
import { registerBackground } from '../lib/background/register';

export default defineBackground(() => {
  registerBackground();
});
