export default defineBackground(() => {
  // Listeners are registered by lib/background once the foundation lands.
});
