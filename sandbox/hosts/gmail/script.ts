/**
 * Gmail's single-page routing by hash, with the title following it as Gmail's does: #inbox and
 * #sent show their list, #inbox/<n> opens the n-th message (its subject first in the title); a
 * click on a message row opens it; Compose opens a compose window at the bottom right (when none
 * is open); a staged rollout renders the bar (#gb) again as another variant after load.
 * `configJson` is jsonForScript output of { titles, compose, rollout? } (markup: escaped, trusted).
 */
export function gmailRouter(configJson: string): string {
  return `(() => {
  const { titles, compose, rollout } = ${configJson};
  if (rollout) setTimeout(() => { document.getElementById('gb').outerHTML = rollout.markup; }, rollout.afterMs);
  document.querySelector('.compose-btn').addEventListener('click', () => {
    if (!document.querySelector('.compose')) document.body.insertAdjacentHTML('beforeend', compose);
  });
  function show() {
    const [route, index] = location.hash.slice(1).split('/');
    const open = route === 'inbox' && index !== undefined && titles.threads[Number(index)] !== undefined;
    const section = open ? 'thread' : route === 'sent' ? 'sent' : 'inbox';
    for (const el of document.querySelectorAll('section[data-route]')) el.hidden = el.dataset.route !== section;
    for (const el of document.querySelectorAll('article[data-thread]')) el.hidden = !open || el.dataset.thread !== index;
    for (const link of document.querySelectorAll('nav a[data-route]')) {
      if (link.dataset.route === (section === 'sent' ? 'sent' : 'inbox')) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
    document.title = open ? titles.threads[Number(index)] : section === 'sent' ? titles.sent : titles.inbox;
  }
  for (const row of document.querySelectorAll('tr[data-open^="inbox/"]')) row.addEventListener('click', () => { location.hash = row.dataset.open; });
  window.addEventListener('hashchange', show);
  show();
})();`;
}
