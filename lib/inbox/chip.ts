import type { LinkStatus } from '../status/mailbox-status';

/** Colours per status; the label text always says the status too (never colour alone). */
const COLOURS: Record<LinkStatus, string> = {
  linked: '#1e7e34',
  broken: '#b3261e',
  'half-unlinked': '#a15c00',
  'not-linked': '#5f6368',
  unknown: '#5f6368',
};

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; }
button { font: 500 12px/1.2 system-ui, sans-serif; border: 0; border-radius: 14px; padding: 6px 12px;
  color: #fff; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); text-align: start; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.hint { display: block; max-width: 240px; margin-top: 2px; font-weight: 400; font-size: 11px; }
.hint:empty { display: none; }
@media (prefers-color-scheme: dark) { button { box-shadow: 0 1px 3px rgba(0,0,0,.8); } }
`;

/** How to fix the status: a short line shown under the label, and a fuller sentence as tooltip. */
export interface ChipHint {
  text: string;
  detail: string;
}

export interface Chip {
  update(status: LinkStatus, label: string, hint?: ChipHint): void;
  remove(): void;
}

/**
 * A small status chip in a closed shadow root, so the page's CSS cannot restyle it and the
 * page's scripts cannot read into it. The host element carries data-inboxlink-status. A hint
 * (e.g. for an unknown inbox: open HubSpot's Connected emails once) is part of the button's
 * name, so a screen reader hears it too; clicking still opens the side panel with the details.
 */
export function mountChip(doc: Document, onOpen: () => void): Chip {
  const host = doc.createElement('inboxlink-chip');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', onOpen);
  const label = doc.createTextNode('');
  const hintLine = doc.createElement('span');
  hintLine.className = 'hint';
  button.append(label, hintLine);
  root.append(style, button);
  doc.documentElement.append(host);
  return {
    update(status, text, hint) {
      // A mail app that re-renders its whole document may drop the host: put it back.
      if (!host.isConnected) doc.documentElement.append(host);
      host.setAttribute('data-inboxlink-status', status);
      // Text nodes and textContent, never innerHTML: the label may carry an address from the page.
      label.data = text;
      hintLine.textContent = hint?.text ?? '';
      button.setAttribute('aria-label', hint ? `${text}. ${hint.text}` : text);
      if (hint) button.title = hint.detail;
      else button.removeAttribute('title');
      button.style.background = COLOURS[status];
    },
    remove: () => host.remove(),
  };
}
