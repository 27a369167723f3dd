/**
 * Gmail's layout as the inbox chip meets it: a header row (menu, logo, search that shrinks,
 * the account controls at its right end), a navigation rail that collapses on narrow windows, a
 * side panel of add-ons along the right edge (hidden on narrow windows), and compose windows
 * fixed at the bottom right, as wide as the window allows.
 */
export function gmailStyle(theme: 'light' | 'dark' = 'light'): string {
  const dark = theme === 'dark';
  const [bg, fg, card, muted, field] = dark ? ['#111', '#e3e3e3', '#1f1f1f', '#a8a8a8', '#2d2d2d'] : ['#f6f8fc', '#202124', '#fff', '#5f6368', '#eaf1fb'];
  return `
body { margin: 0; font-family: Roboto, Arial, sans-serif; font-size: 14px; color: ${fg}; background: ${bg}; height: 100vh; display: flex; flex-direction: column; overflow: hidden; }
.gb { display: flex; align-items: center; gap: 8px; padding: 8px; height: 48px; flex: none; }
.gb-left { display: flex; align-items: center; gap: 4px; flex: none; }
.logo { display: flex; align-items: center; gap: 6px; color: ${muted}; text-decoration: none; font-size: 22px; width: 160px; }
.logo-mark { color: #ea4335; font-weight: bold; }
.search { flex: 0 1 720px; min-width: 0; display: flex; align-items: center; background: ${field}; border-radius: 24px; }
.search input { flex: 1; min-width: 0; padding: 12px 4px; border: 0; background: none; color: ${fg}; font: inherit; }
.gb-right { display: flex; align-items: center; gap: 4px; margin-left: auto; flex: none; }
.gb-account { position: relative; }
.icon { display: inline-grid; place-items: center; width: 40px; height: 40px; border-radius: 50%; border: 0; background: none; color: ${muted}; cursor: pointer; text-decoration: none; flex: none; font: inherit; }
.account { display: inline-grid; place-items: center; width: 32px; height: 32px; margin: 4px; border-radius: 50%; background: #1a73e8; color: #fff; text-decoration: none; }
.flyout { position: absolute; right: 0; top: 44px; width: 320px; background: ${card}; padding: 16px; border-radius: 16px; box-shadow: 0 4px 12px rgba(0,0,0,.3); }
.acct { display: block; padding: 6px 0; color: inherit; }
.layout { flex: 1; display: flex; min-height: 0; }
.nav { width: 256px; flex: none; display: flex; flex-direction: column; padding: 8px; gap: 2px; }
.nav a { display: flex; align-items: center; gap: 12px; padding: 6px 16px; border-radius: 16px; color: inherit; text-decoration: none; }
.nav a[aria-current] { background: ${dark ? '#41331c' : '#d3e3fd'}; font-weight: bold; }
.count { margin-left: auto; }
.compose-btn { display: flex; align-items: center; gap: 12px; padding: 16px; margin-bottom: 8px; border-radius: 16px; background: ${dark ? '#c2e7ff' : '#c2e7ff'}; color: #001d35; cursor: pointer; width: fit-content; }
.main { flex: 1; min-width: 0; display: flex; flex-direction: column; background: ${card}; border-radius: 16px; margin: 0 8px 16px 0; }
.toolbar { display: flex; align-items: center; gap: 4px; padding: 4px 8px; flex: none; }
.pages { margin-left: auto; color: ${muted}; font-size: 12px; }
.scroll { flex: 1; overflow-y: auto; }
.list { width: 100%; border-collapse: collapse; } .list td { padding: 8px; border-bottom: 1px solid ${dark ? '#333' : '#f1f3f4'}; }
.list tr { cursor: pointer; } .sel, .star { width: 24px; } .sel div { width: 14px; height: 14px; border: 2px solid ${muted}; border-radius: 2px; }
.unread { font-weight: bold; } .snippet { color: ${muted}; font-weight: normal; } .when { text-align: right; white-space: nowrap; }
article { padding: 16px 24px; } .thread-body { margin: 16px 0; }
.reply-draft { border-radius: 16px; box-shadow: 0 1px 4px rgba(0,0,0,.3); padding: 8px 16px; }
.addons { width: 56px; flex: none; display: flex; flex-direction: column; align-items: center; gap: 8px; padding-top: 8px; }
.hide-panel { margin-top: auto; margin-bottom: 8px; }
.compose { position: fixed; right: 16px; bottom: 0; width: min(540px, calc(100vw - 16px)); height: min(480px, calc(100vh - 80px)); display: flex; flex-direction: column; background: ${card}; border-radius: 8px 8px 0 0; box-shadow: 0 8px 10px 1px rgba(0,0,0,.14), 0 3px 14px 2px rgba(0,0,0,.12); z-index: 5; }
.compose.minimized { width: 260px; height: 40px; }
.compose-head { display: flex; align-items: center; padding: 0 8px 0 16px; height: 40px; background: ${dark ? '#333' : '#f2f6fc'}; border-radius: 8px 8px 0 0; flex: none; }
.compose-title { flex: 1; font-weight: 500; }
.tool { display: inline-grid; place-items: center; width: 28px; height: 28px; cursor: pointer; color: ${muted}; flex: none; }
.draft-fields input { display: block; width: calc(100% - 32px); margin: 0 16px; padding: 8px 0; border: 0; border-bottom: 1px solid ${dark ? '#444' : '#f1f3f4'}; background: none; color: ${fg}; font: inherit; }
.draft-body { flex: 1; min-height: 80px; padding: 8px 16px; outline: none; }
.draft-bar { display: flex; align-items: center; gap: 2px; padding: 8px 16px; flex-wrap: nowrap; overflow: hidden; flex: none; }
.send { padding: 8px 20px; border-radius: 18px; background: #0b57d0; color: #fff; cursor: pointer; margin-right: 8px; flex: none; }
.discard { margin-left: auto; }
@media (max-width: 700px) {
  .nav { width: 56px; padding: 8px 4px; } .nav-text, .count, .logo-text { display: none; } .logo { width: auto; }
  .addons { display: none; } .support { display: none; } .main { margin-right: 0; }
  .who { max-width: 80px; overflow: hidden; } .snippet { display: none; }
}`;
}
