// First: the database opens while everything below is evaluated.
import '../lib/background/open-store-early';
import { registerBackground } from '../lib/background/register';

export default defineBackground(() => {
  registerBackground();
});
