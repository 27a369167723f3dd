/**
 * Outlook on the web's layout as the inbox chip meets it: a suite header row (launcher, app
 * name, search that shrinks, the right region ending in the account control), an app rail
 * along the left edge, the folder pane and message list, a reading pane whose reply draft has
 * its Send, Discard and formatting buttons at its bottom right, and toasts at the bottom.
 */
export function outlookStyle(theme: 'light' | 'dark' = 'light'): string {
  const dark = theme === 'dark';
  const [bg, fg, card, muted, line] = dark ? ['#1f1f1f', '#e6e6e6', '#292929', '#adadad', '#3d3d3d'] : ['#f5f5f5', '#242424', '#fff', '#616161', '#e0e0e0'];
  return `
body { margin: 0; font-family: 'Segoe UI', Arial, sans-serif; font-size: 14px; color: ${fg}; background: ${bg}; height: 100vh; display: flex; flex-direction: column; overflow: hidden; }
.bar { display: flex; align-items: center; gap: 8px; padding: 0 8px; height: 48px; background: ${dark ? '#0f3a5f' : '#0f6cbd'}; color: #fff; flex: none; }
.app-name { color: #fff; text-decoration: none; font-weight: 600; width: 160px; flex: none; }
.search { flex: 0 1 560px; min-width: 0; margin: 0 auto; } .search input { width: 100%; box-sizing: border-box; padding: 6px; border: 0; border-radius: 4px; }
.right { display: flex; align-items: center; gap: 2px; flex: none; }
.icon { display: inline-grid; place-items: center; width: 40px; height: 40px; border: 0; background: none; color: inherit; cursor: pointer; flex: none; font: inherit; }
.rail .icon, .folders, .main, .reading { color: ${fg}; }
.me-wrap { position: relative; }
.me { width: 32px; height: 32px; margin: 4px; border-radius: 50%; border: 0; background: #fff; color: #0f6cbd; font-weight: 600; cursor: pointer; }
.flyout { position: fixed; right: 8px; top: 52px; background: ${card}; color: ${fg}; padding: 16px; box-shadow: 0 4px 12px rgba(0,0,0,.2); z-index: 10; }
#mectrl_currentAccount_primary { font-weight: 600; } #mectrl_currentAccount_secondary { color: ${muted}; margin-bottom: 8px; }
.layout { flex: 1; display: flex; min-height: 0; }
.rail { width: 48px; flex: none; display: flex; flex-direction: column; align-items: center; gap: 4px; padding-top: 8px; }
.folders { width: 200px; flex: none; padding: 8px; }
.folders [role=treeitem] { display: flex; justify-content: space-between; padding: 6px 12px; color: inherit; text-decoration: none; }
.folders .root { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.folders a[aria-current] { background: ${dark ? '#2b3a4a' : '#ebf3fc'}; font-weight: 600; }
.main { width: 340px; flex: none; background: ${card}; overflow-y: auto; border-right: 1px solid ${line}; }
[role=option] { padding: 8px 12px; border-bottom: 1px solid ${line}; cursor: pointer; }
.unread .who, .unread .subject { font-weight: 600; color: ${dark ? '#6cb8f6' : '#0f6cbd'}; } .snippet { color: ${muted}; }
.refused { padding: 8px 12px; background: #fde7e9; color: #a4262c; }
.reading { flex: 1; min-width: 0; background: ${card}; padding: 0 16px; display: flex; flex-direction: column; overflow: hidden; }
.reading .body { flex: 1; }
.draft { border-top: 1px solid ${line}; padding: 8px 0; display: flex; flex-direction: column; gap: 4px; flex: none; }
.draft input { border: 0; border-bottom: 1px solid ${line}; padding: 6px 0; background: none; color: ${fg}; font: inherit; }
.draft-body { min-height: 120px; outline: none; }
.draft-bar { display: flex; justify-content: flex-end; align-items: center; gap: 2px; }
.tool { width: 32px; height: 32px; border: 0; background: none; color: ${fg}; cursor: pointer; flex: none; }
.send { padding: 6px 16px; border: 0; border-radius: 4px; background: #0f6cbd; color: #fff; cursor: pointer; }
.discard { padding: 6px 12px; border: 1px solid ${line}; border-radius: 4px; background: none; color: ${fg}; cursor: pointer; }
.toast { position: fixed; left: 50%; transform: translateX(-50%); bottom: 24px; display: flex; align-items: center; gap: 12px; padding: 10px 16px; background: ${dark ? '#e6e6e6' : '#242424'}; color: ${dark ? '#242424' : '#fff'}; border-radius: 4px; z-index: 10; }
.toast button { border: 0; background: none; color: inherit; text-decoration: underline; cursor: pointer; font: inherit; }
.popout { padding: 16px; display: flex; flex-direction: column; height: 100vh; box-sizing: border-box; }
@media (max-width: 700px) {
  .folders, .meet, .help { display: none; } .app-name { width: auto; }
  .main { flex: 1; width: auto; } .reading { display: none; }
  .reading.composing { display: flex; position: fixed; inset: 48px 0 0 48px; }
}`;
}
