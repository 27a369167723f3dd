// The badge and the content scripts' status replies translate into any language at any moment.
import '../lib/i18n/all-locales';
import { registerBackground } from '../lib/background/register';

export default defineBackground(() => {
  registerBackground();
});
