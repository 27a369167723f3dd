/**
 * What the guide draws on a page: an outline box over the step's element and a small banner with
 * the step's explanation, both in a closed shadow root on our own host element, so the page's
 * styles and scripts cannot reach them and no page element is restyled, moved or wrapped. The box
 * lets every click through (pointer-events: none); only the banner takes clicks.
 */

export interface OverlayText {
  title: string;
  explain: string;
  openPanelLabel: string;
}

export type OverlayMode = 'none' | 'highlight' | 'fallback';

/** What is shown now (the shadow root is closed: tests and callers read this instead). */
export interface OverlayView {
  mode: OverlayMode;
  target: Element | undefined;
  bannerText: string;
  hasPanelButton: boolean;
}

export interface GuideOverlay {
  highlight(element: Element, text: OverlayText): void;
  /** Plain instructions and a button that opens the side panel, where the user confirms. */
  fallback(text: OverlayText): void;
  clear(): void;
  /** Follows the element after scrolling, resizing or a re-layout. */
  reposition(): void;
  destroy(): void;
  view(): OverlayView;
}

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 3px solid #ff7a59;
  border-radius: 6px; box-shadow: 0 0 0 4px rgba(255,122,89,.35); transition: all .12s ease-out; }
.banner { position: fixed; right: 16px; bottom: 16px; max-width: 22rem; pointer-events: auto;
  font: 14px/1.4 system-ui, sans-serif; color: #1f2933; background: #fff; border: 1px solid #cbd2d9;
  border-left: 4px solid #ff7a59; border-radius: 6px; padding: 10px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.banner strong { display: block; margin-bottom: 4px; }
.banner p { margin: 0; }
.banner button { margin-top: 8px; font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #b8431f;
  background: #b8431f; color: #fff; cursor: pointer; }
.banner button:focus-visible { outline: 2px solid #1f2933; outline-offset: 2px; }
[hidden] { display: none !important; }
`;

function isModal(el: Element): boolean {
  try {
    return el.matches(':modal');
  } catch {
    // An engine without :modal has no top layer to escape either.
    return false;
  }
}

function modalDialogAround(el: Element | undefined): Element | undefined {
  const dialog = el?.closest('dialog');
  return dialog && isModal(dialog) ? dialog : undefined;
}

function openModalDialog(doc: Document): Element | undefined {
  return [...doc.querySelectorAll('dialog[open]')].find(isModal);
}

export function createOverlay(doc: Document, onOpenPanel: () => void): GuideOverlay {
  const host = doc.createElement('inboxlink-guide');
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.hidden = true;
  const banner = doc.createElement('section');
  banner.className = 'banner';
  banner.setAttribute('role', 'status');
  banner.setAttribute('aria-label', 'Inboxlink');
  banner.hidden = true;
  const title = doc.createElement('strong');
  const explain = doc.createElement('p');
  const button = doc.createElement('button');
  button.type = 'button';
  button.hidden = true;
  button.addEventListener('click', () => onOpenPanel());
  banner.append(title, explain, button);
  root.append(style, box, banner);

  let mode: OverlayMode = 'none';
  let target: Element | undefined;

  /**
   * A modal <dialog> sits in the browser's top layer and makes the rest of the page inert: an
   * overlay outside it would be painted under it and hidden from assistive technology. So while
   * the step's button is in a modal dialog, our host lives at the end of that dialog.
   */
  const attach = (near?: Element) => {
    const parent = modalDialogAround(near) ?? openModalDialog(doc) ?? doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  };
  const write = (text: OverlayText, withButton: boolean) => {
    title.textContent = text.title;
    explain.textContent = text.explain;
    button.textContent = text.openPanelLabel;
    button.hidden = !withButton;
    banner.hidden = false;
  };
  const reposition = () => {
    if (!target || mode !== 'highlight') return;
    const rect = target.getBoundingClientRect();
    // Where our fixed host really sits (a transformed ancestor moves "fixed"): measure, subtract.
    const origin = host.getBoundingClientRect();
    const pad = 4;
    box.style.left = `${rect.left - origin.left - pad}px`;
    box.style.top = `${rect.top - origin.top - pad}px`;
    box.style.width = `${rect.width + pad * 2}px`;
    box.style.height = `${rect.height + pad * 2}px`;
    box.hidden = false;
  };

  return {
    highlight(element, text) {
      attach(element);
      if (target !== element) element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      mode = 'highlight';
      target = element;
      write(text, false);
      reposition();
    },
    fallback(text) {
      attach();
      mode = 'fallback';
      target = undefined;
      box.hidden = true;
      write(text, true);
    },
    clear() {
      mode = 'none';
      target = undefined;
      box.hidden = true;
      banner.hidden = true;
    },
    reposition,
    destroy() {
      mode = 'none';
      target = undefined;
      host.remove();
    },
    view: () => ({
      mode,
      target,
      bannerText: banner.hidden ? '' : `${title.textContent ?? ''} ${explain.textContent ?? ''}`.trim(),
      hasPanelButton: !banner.hidden && !button.hidden,
    }),
  };
}
