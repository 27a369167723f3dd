import { registerBackground } from '../lib/background/register';

export default defineBackground(() => {
  registerBackground();
});
