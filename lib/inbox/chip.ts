import type { ChipPlace, MailboxStatusView } from '../messaging/content-protocol';
import type { LinkStatus } from '../status/mailbox-status';
import { CHIP_STYLE, GLYPHS } from './chip-style';
import { attachMenu } from './chip-menu';

type ChipSetup = NonNullable<MailboxStatusView['chip']>;

/** How to fix the status: a short line and a fuller sentence (the tooltip). */
export interface ChipHint {
  text: string;
  detail: string;
}

/** What the chip shows: the mailbox's status, and the account signed in beside it, if any. */
export interface ChipView {
  status: LinkStatus;
  label: string;
  hint?: ChipHint;
  signedInAs?: { status: LinkStatus; label: string };
  setup: ChipSetup;
}

export type ChipMode = 'full' | 'compact';

export interface Chip {
  /** The element in the page; it carries nothing of the status (no attribute, no status style). */
  readonly host: HTMLElement;
  update(view: ChipView): void;
  /** Full (label) or compact (shape only); returns the chip's size in that mode once laid out. */
  setMode(mode: ChipMode): void;
  size(): { width: number; height: number };
  /** The chip's element that has the keyboard focus, if any (to give it back once the chip moved). */
  focused(): HTMLElement | null;
  remove(): void;
}

export interface ChipActions {
  open(): void;
  place(place: ChipPlace): void;
}

/** Key and mouse events inside the chip stay there: the mail page's shortcuts must not see them. */
const OWN_EVENTS = ['click', 'keydown', 'keyup', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

function statusButton(doc: Document, className: string): { button: HTMLButtonElement; glyph: HTMLSpanElement } {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = className;
  const glyph = doc.createElement('span');
  glyph.className = 'g';
  glyph.setAttribute('aria-hidden', 'true');
  button.append(glyph);
  return { button, glyph };
}

function paint(button: HTMLButtonElement, glyph: HTMLElement, status: LinkStatus, name: string, tooltip: string): void {
  // Inside the closed shadow root only: the page sees neither attribute.
  button.setAttribute('data-status', status);
  glyph.textContent = GLYPHS[status];
  button.setAttribute('aria-label', name);
  button.title = tooltip;
}

/**
 * The status chip in a closed shadow root, so the page's CSS cannot restyle it and the page's
 * scripts cannot read into it. The host element says nothing of the status: no attribute, no
 * class, and a size that does not depend on it (the labels of all statuses are stacked, the
 * current one visible, so the chip is as wide as the longest in every status). Clicking the
 * status opens the side panel; the ⋮ control moves or hides the chip.
 */
export function mountChip(doc: Document, actions: ChipActions): Chip {
  const host = doc.createElement('inboxlink-chip');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CHIP_STYLE;
  const chip = doc.createElement('div');
  chip.className = 'c';
  const main = statusButton(doc, 's');
  const labels = doc.createElement('span');
  labels.className = 'l';
  main.button.append(labels);
  main.button.addEventListener('click', actions.open);
  const beside = statusButton(doc, '');
  beside.button.addEventListener('click', actions.open);
  const menu = attachMenu(doc, actions.place);
  chip.append(main.button, beside.button, menu.element);
  root.append(style, chip);
  for (const type of OWN_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
  let shownLabels = '';

  return {
    host,
    update(view) {
      const { setup } = view;
      // Text nodes and textContent only, never innerHTML: labels may carry addresses from the page.
      const key = setup.labels.join('\u0000');
      if (key !== shownLabels) {
        labels.replaceChildren(...setup.labels.map((text) => Object.assign(doc.createElement('span'), { textContent: text })));
        shownLabels = key;
      }
      for (const span of labels.children) span.classList.toggle('on', span.textContent === view.label);
      const shown = view.signedInAs ? `. ${setup.text.shown}` : '';
      paint(main.button, main.glyph, view.status, `${view.label}${shown}${view.hint ? `. ${view.hint.text}` : ''}`, view.hint?.detail ?? view.label);
      beside.button.hidden = !view.signedInAs;
      if (view.signedInAs) paint(beside.button, beside.glyph, view.signedInAs.status, view.signedInAs.label, view.signedInAs.label);
      menu.update(setup);
    },
    setMode(mode) {
      chip.setAttribute('data-mode', mode);
    },
    size() {
      const box = chip.getBoundingClientRect();
      return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
    },
    focused: () => root.activeElement as HTMLElement | null,
    remove: () => host.remove(),
  };
}
