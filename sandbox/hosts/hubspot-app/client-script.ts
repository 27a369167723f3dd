/**
 * The one inline script every page carries. Pages are declarative: markup says what a control
 * does through data-* attributes, and this script wires dialogs, menus, tabs, forms and bulk
 * selection. Every action POSTs JSON to a same-origin `/_sandbox/hubspot-app/...` endpoint and
 * reloads on success, so the page shown is always re-rendered from the world.
 *
 * - `[data-open-dialog=ID]` opens `<dialog id=ID>`; its `data-payload` (JSON) is what the dialog
 *   submits, `data-vars` (JSON) fills `[data-slot=name]` texts in the dialog, and
 *   `data-payload-from="selection"` submits the checked `[data-select]` boxes as `userIds`.
 * - `[data-submit]` in a dialog POSTs to its `data-endpoint`; in a `[data-steps]` container,
 *   `[data-next-step]` / `[data-prev-step]` show `[data-step=2]` / `[data-step=1]`.
 * - `form[data-endpoint]` POSTs its fields (a file input is read as text) on submit.
 * - `[data-must-equal]` keeps `#ID` from its `data-gates` disabled until the typed text matches.
 * - `[aria-haspopup=menu]` buttons toggle `role=menu` lists; arrows, Home/End and Escape work.
 * - `role=tab` buttons switch `role=tabpanel`s; arrow keys move between tabs.
 * Text from the server is always set with textContent, never as markup.
 */
export const clientScript = String.raw`
(() => {
  let pending = null;
  let opener = null;
  const post = async (endpoint, payload) => {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    let body = {};
    try { body = await res.json(); } catch { body = { ok: false, message: document.body.dataset.errorGeneric }; }
    return body;
  };
  const done = (body, alertEl) => {
    if (body.ok) { if (body.redirect) location.assign(body.redirect); else location.reload(); return; }
    if (alertEl) alertEl.textContent = body.message || document.body.dataset.errorGeneric;
  };
  const selectedIds = () => [...document.querySelectorAll('[data-select]:checked')].map((b) => b.value);

  // Searching a list: rows that do not match are hidden, as a filtered table shows.
  document.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.filterRows) return;
    const words = box.value.trim().toLowerCase();
    const scope = document.getElementById(box.dataset.filterRows);
    for (const row of scope ? scope.querySelectorAll('tbody tr') : []) row.hidden = words !== '' && !row.textContent.toLowerCase().includes(words);
  });

  // Dialogs
  const openDialog = (button) => {
    const dialog = document.getElementById(button.dataset.openDialog);
    if (!dialog) return;
    opener = button;
    pending = button.dataset.payloadFrom === 'selection' ? { userIds: selectedIds() } : JSON.parse(button.dataset.payload || '{}');
    const vars = JSON.parse(button.dataset.vars || '{}');
    if (button.dataset.payloadFrom === 'selection') vars.count = String(pending.userIds.length);
    dialog.querySelectorAll('[data-slot]').forEach((el) => { el.textContent = vars[el.dataset.slot] ?? ''; });
    dialog.querySelectorAll('[data-step]').forEach((el) => { el.hidden = el.dataset.step !== '1'; });
    dialog.querySelectorAll('[role=alert]').forEach((el) => { el.textContent = ''; });
    dialog.showModal();
    const first = dialog.querySelector('[data-step="1"] button, [data-autofocus], button');
    if (first) first.focus();
  };
  const closeDialog = (dialog) => { dialog.close(); if (opener) opener.focus(); };
  document.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.dataset.openDialog) { closeMenus(); openDialog(target); return; }
    const dialog = target.closest('dialog');
    if (target.hasAttribute('data-close-dialog') && dialog) { closeDialog(dialog); return; }
    const steps = target.closest('[data-steps]');
    if (steps && (target.hasAttribute('data-next-step') || target.hasAttribute('data-prev-step'))) {
      const show = target.hasAttribute('data-next-step') ? '2' : '1';
      steps.querySelectorAll('[data-step]').forEach((el) => { el.hidden = el.dataset.step !== show; });
      const first = steps.querySelector('[data-step="' + show + '"] :is(input, select, textarea, button)');
      if (first) first.focus();
      return;
    }
    if (target.hasAttribute('data-submit') && dialog) {
      const fields = Object.fromEntries(new FormData(dialog.querySelector('form') || undefined));
      target.disabled = true;
      const body = await post(target.dataset.endpoint, { ...pending, ...fields });
      target.disabled = false;
      done(body, dialog.querySelector('[role=alert]'));
    }
  });

  // A form inside a dialog only holds its fields: Enter submits through the dialog's button.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    const dialog = form instanceof HTMLFormElement && !form.dataset.endpoint ? form.closest('dialog') : null;
    if (!dialog) return;
    event.preventDefault();
    const submit = dialog.querySelector('[data-submit]');
    if (submit && !submit.disabled) submit.click();
  });

  // Forms
  document.querySelectorAll('form[data-endpoint]').forEach((form) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const payload = {};
      for (const [name, value] of new FormData(form)) {
        if (typeof value === 'string') payload[name] = value;
        else if (value.size > 0) payload[name] = await value.text();
      }
      form.querySelectorAll('input[type=checkbox]').forEach((box) => { payload[box.name] = box.checked; });
      const body = await post(form.dataset.endpoint, payload);
      done(body, form.querySelector('[role=alert]'));
    });
  });

  // Typed confirmation
  document.querySelectorAll('[data-must-equal]').forEach((input) => {
    const gated = document.getElementById(input.dataset.gates);
    const check = () => { gated.disabled = input.value.trim().toLowerCase() !== input.dataset.mustEqual.toLowerCase(); };
    input.addEventListener('input', check);
    check();
  });

  // Bulk selection
  const bulk = [...document.querySelectorAll('[data-bulk]')];
  const syncBulk = () => { const n = selectedIds().length; bulk.forEach((b) => { b.disabled = n === 0; }); };
  document.querySelectorAll('[data-select-all]').forEach((all) => all.addEventListener('change', () => {
    document.querySelectorAll('[data-select]').forEach((box) => { box.checked = all.checked; });
    syncBulk();
  }));
  document.querySelectorAll('[data-select]').forEach((box) => box.addEventListener('change', syncBulk));
  syncBulk();

  // Menus
  const menuOf = (button) => document.getElementById(button.getAttribute('aria-controls'));
  function closeMenus(except) {
    document.querySelectorAll('[aria-haspopup=menu][aria-expanded=true]').forEach((b) => {
      if (b === except) return;
      b.setAttribute('aria-expanded', 'false');
      menuOf(b).hidden = true;
    });
  }
  const items = (menu) => [...menu.querySelectorAll('[role=menuitem]')];
  document.querySelectorAll('[aria-haspopup=menu]').forEach((button) => {
    const menu = menuOf(button);
    const open = (focusLast) => {
      closeMenus(button);
      button.setAttribute('aria-expanded', 'true');
      menu.hidden = false;
      const list = items(menu);
      const item = focusLast ? list[list.length - 1] : list[0];
      if (item) item.focus();
    };
    button.addEventListener('click', () => { if (menu.hidden) open(false); else closeMenus(); });
    button.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') { e.preventDefault(); open(false); }
      if (e.key === 'ArrowUp') { e.preventDefault(); open(true); }
    });
    menu.addEventListener('keydown', (e) => {
      const list = items(menu);
      const i = list.indexOf(document.activeElement);
      const moveTo = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: list.length - 1 }[e.key];
      if (moveTo !== undefined) { e.preventDefault(); list[(moveTo + list.length) % list.length].focus(); }
      if (e.key === 'Escape' || e.key === 'Tab') { closeMenus(); if (e.key === 'Escape') button.focus(); }
    });
  });
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('[role=menu], [aria-haspopup=menu]')) closeMenus();
  });

  // Tabs
  document.querySelectorAll('[role=tablist]').forEach((list) => {
    const tabs = [...list.querySelectorAll('[role=tab]')];
    const select = (tab) => tabs.forEach((t) => {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    });
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => select(tab));
      tab.addEventListener('keydown', (e) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
        if (!step) return;
        const next = tabs[(i + step + tabs.length) % tabs.length];
        select(next);
        next.focus();
      });
    });
  });
})();
`;
