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
  color: #fff; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button { box-shadow: 0 1px 3px rgba(0,0,0,.8); } }
`;

export interface Chip {
  update(status: LinkStatus, label: string): void;
  remove(): void;
}

/**
 * A small status chip in a closed shadow root, so the page's CSS cannot restyle it and the
 * page's scripts cannot read into it. The host element carries data-inboxlink-status.
 */
export function mountChip(doc: Document, onOpen: () => void): Chip {
  const host = doc.createElement('inboxlink-chip');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', onOpen);
  root.append(style, button);
  doc.documentElement.append(host);
  return {
    update(status, label) {
      // A mail app that re-renders its whole document may drop the host: put it back.
      if (!host.isConnected) doc.documentElement.append(host);
      host.setAttribute('data-inboxlink-status', status);
      // textContent, never innerHTML: the label may carry an address from the page.
      button.textContent = label;
      button.setAttribute('aria-label', label);
      button.style.background = COLOURS[status];
    },
    remove: () => host.remove(),
  };
}
