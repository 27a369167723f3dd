/**
 * Outlook's client behaviour the reader meets: folders switch by history.pushState; a message
 * opens in the reading pane; the account control opens its flyout — new-2024 and classic-m365
 * render it only then, a moment later (as OWA loads it), older-o365 shows its hidden one.
 * A staged rollout renders the suite header (#O365_NavHeader) again as another variant after
 * load. `configJson` is jsonForScript output: { base, header, flyout, rollout? } (markup escaped).
 */
export function outlookScript(configJson: string): string {
  return `(() => {
  const config = ${configJson};
  function show() {
    const folder = location.pathname.slice(config.base.length).split('/')[0] === 'sentitems' ? 'sentitems' : 'inbox';
    for (const list of document.querySelectorAll('[role=listbox][data-folder]')) list.hidden = list.dataset.folder !== folder;
    for (const link of document.querySelectorAll('nav a[data-folder]')) {
      if (link.dataset.folder === folder) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
  }
  for (const link of document.querySelectorAll('nav a[data-folder]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', link.getAttribute('href'));
      show();
    });
  }
  for (const option of document.querySelectorAll('[role=option]')) {
    option.addEventListener('click', () => {
      for (const other of document.querySelectorAll('[role=option]')) other.setAttribute('aria-selected', String(other === option));
    });
  }
  window.addEventListener('popstate', show);
  function bindAccountControl(header) {
    const me = document.querySelector('#owa-me-control-container button, #mectrl_main_trigger, #meInitialsButton');
    me.addEventListener('click', () => {
      const open = me.getAttribute('aria-expanded') === 'true';
      me.setAttribute('aria-expanded', String(!open));
      if (header === 'older-o365') {
        document.getElementById('mectrl_main_body').hidden = open;
      } else if (open) {
        document.getElementById('mectrl_main_body')?.remove();
      } else {
        setTimeout(() => document.body.insertAdjacentHTML('beforeend', config.flyout), 120);
      }
    });
  }
  bindAccountControl(config.header);
  if (config.rollout) {
    setTimeout(() => {
      document.getElementById('O365_NavHeader').outerHTML = config.rollout.markup;
      bindAccountControl(config.rollout.header);
    }, config.rollout.afterMs);
  }
  show();
})();`;
}
