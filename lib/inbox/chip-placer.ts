import type { ChipPlace } from '../messaging/content-protocol';
import type { Chip, ChipMode } from './chip';
import { obstacleBoxes, viewportOf } from './obstacles';
import { edgeSpot, isFree, overlaps, type Box } from './placement';

export interface PlaceContext {
  place: ChipPlace;
  /** The page's account control: the chip prefers the header row beside it. */
  accountControl?: Element;
}

export interface Placer {
  /** Finds the chip a place again: a new choice, a resized window, a spot the page took. */
  relocate(): void;
  /** After the page changed: keeps the chip where it is while that spot stays free, else relocates. */
  check(): void;
  /** Ends all placing (the session stopped): a try or a check still in flight changes nothing. */
  stop(): void;
}

/** Where the chip is now, and the account control it was placed against. */
interface State {
  kind: 'inline' | 'fixed' | 'none';
  control?: Element;
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/** Hosts styles set with `important`, so the page's own rules cannot move or hide the chip. */
function setHostStyle(host: HTMLElement, props: Record<string, string>): void {
  host.removeAttribute('style');
  for (const [name, value] of Object.entries(props)) host.style.setProperty(name, value, 'important');
}

/** The ancestor of `control` that is an item of a horizontal flex row (the header's), within a few levels. */
function rowItemOf(control: Element, view: Window): { parent: Element; item: Element } | undefined {
  let item = control;
  for (let depth = 0; depth < 6 && item.parentElement; depth += 1) {
    const parent: Element = item.parentElement;
    const style = view.getComputedStyle(parent);
    if (style.display.endsWith('flex') && !style.flexDirection.startsWith('column')) return { parent, item };
    item = parent;
  }
  return undefined;
}

/**
 * Resolves once the browser has laid the page out again (just after its next frame), so that
 * reading the chip's and the controls' boxes then makes no layout of ours: the page's own
 * rendering does it once. At once in a hidden tab, which renders no frames.
 */
function afterLayout(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Puts the chip where it covers none of the page's controls, in the rep's chosen place first:
 * - header: inline in the header's row, just before the account control (the page's layout makes
 *   room for a small element among its own), with its label, else compact; else a compact tab
 *   at the right, then the left edge;
 * - right / left: a compact tab at that edge (the free spot lowest in it), then the other edge,
 *   then the header row;
 * - with no free spot at all, the chip waits out of sight until the page changes: it never
 *   covers a control to stay visible.
 * Each try is laid out hidden and measured after the page's next frame, then shown or undone.
 */
export function createPlacer(doc: Document, chip: Chip, context: () => PlaceContext): Placer {
  const view = doc.defaultView;
  const host = chip.host;
  let state: State = { kind: 'none' };
  let generation = 0;
  let busy = false;
  let stopped = false;
  /** Times the page took the chip out of its header: a header that keeps re-rendering gets the edge. */
  let evicted = 0;
  /** The chip's control that had the keyboard focus when a move from the keyboard began. */
  let held: HTMLElement | null = null;

  /**
   * Gives the focus straight back to the control that had it, after each step of a move that
   * took it (the host moved to another parent): a key pressed while the chip waits for the page's
   * next frame then reaches that control (a second ↓ moves the chip on) instead of the page.
   */
  function holdFocus(): void {
    if (!held || !host.isConnected || chip.focused() === held) return;
    // Never taken from the page: only focus that the move left nowhere (or on the chip) goes back.
    const active = doc.activeElement;
    if (active === null || active === doc.body || active === host) held.focus({ preventScroll: true });
  }

  const fixedStyle = (box: Box) => ({ position: 'fixed', top: `${box.top}px`, left: `${box.left}px`, margin: '0', 'z-index': '2147483000', display: 'block' });
  const inlineStyle = { position: 'relative', display: 'inline-flex', 'align-self': 'center', flex: 'none', margin: '0 4px', 'z-index': '1' };
  // While a try is measured the chip is unseen and takes no click, yet its control can keep the
  // focus (`visibility: hidden` would make the browser drop it).
  const unseen = { opacity: '0', 'pointer-events': 'none' };

  function inlineFits(control: Element): boolean {
    const screen = viewportOf(doc);
    const box = toBox(host.getBoundingClientRect());
    const own = control.getBoundingClientRect();
    const sameRow = box.top < own.bottom && own.top < box.top + box.height;
    const inside = box.width > 0 && box.left >= 0 && box.top >= 0 && box.left + box.width <= screen.width && box.top + box.height <= screen.height;
    // The page's own control must stay in sight: a header that overflows would push it out.
    const controlShown = own.width > 0 && own.left >= 0 && own.right <= screen.width;
    return sameRow && inside && controlShown && !obstacleBoxes(doc, host, box).some((o) => overlaps(o, box));
  }

  // Each try starts only for the newest relocation: an older one (the rep pressed ↓ again while it
  // waited for a frame) must not go on to its next option and move the chip the newer one placed.
  async function tryInline(control: Element, mode: ChipMode, mine: number): Promise<boolean> {
    const row = view && rowItemOf(control, view);
    if (!row || mine !== generation) return false;
    chip.setMode(mode);
    setHostStyle(host, { ...inlineStyle, ...unseen });
    if (host.parentElement !== row.parent || host.nextElementSibling !== row.item) row.parent.insertBefore(host, row.item);
    holdFocus();
    await afterLayout(doc);
    if (mine === generation && inlineFits(control)) return setHostStyle(host, inlineStyle), true;
    if (mine === generation) host.remove();
    return false;
  }

  /** A compact tab at the first edge with a free spot, fixed (out of the page's flow). */
  async function tryEdges(sides: readonly ('right' | 'left')[], mine: number): Promise<boolean> {
    if (mine !== generation) return false;
    if (host.parentElement !== doc.documentElement) doc.documentElement.append(host);
    chip.setMode('compact');
    // Unseen while measured: the obstacles are then the page's own layout.
    setHostStyle(host, { ...fixedStyle({ left: 0, top: 0, width: 0, height: 0 }), ...unseen });
    holdFocus();
    await afterLayout(doc);
    if (mine !== generation) return false;
    const size = chip.size();
    const obstacles = obstacleBoxes(doc, host);
    for (const side of sides) {
      const box = edgeSpot(side, size, viewportOf(doc), obstacles);
      if (box) return setHostStyle(host, fixedStyle(box)), true;
    }
    return false;
  }

  async function relocate(): Promise<void> {
    if (stopped) return;
    const mine = (generation += 1);
    // Moving the host out of the page's header (or back) drops the focus: a rep choosing a place
    // from the keyboard keeps it on the chip, through every step (holdFocus) and once placed. A
    // move that starts while another is in flight keeps the control that move held.
    held = chip.focused() ?? (busy ? held : null);
    busy = true;
    const { place, accountControl: control } = context();
    const inline = async () => !!control && evicted < 3 && ((await tryInline(control, 'full', mine)) || (await tryInline(control, 'compact', mine)));
    const edges = () => tryEdges(place === 'left' ? ['left', 'right'] : ['right', 'left'], mine);
    let kind: State['kind'] = 'none';
    if (place === 'header') kind = (await inline()) ? 'inline' : (await edges()) ? 'fixed' : 'none';
    else if (place !== 'hidden') kind = (await edges()) ? 'fixed' : (await inline()) ? 'inline' : 'none';
    if (mine !== generation) return;
    busy = false;
    if (kind === 'none') host.remove();
    else holdFocus();
    held = null;
    state = { kind, control };
  }

  async function check(): Promise<void> {
    // A relocation in flight measures the page as it is by then; else measure once it is laid out.
    if (busy) return;
    await afterLayout(doc);
    if (stopped) return;
    const { place, accountControl: control } = context();
    if (place === 'hidden') return void (host.isConnected && relocate());
    // Not placed yet, or a header that showed up or changed since the last try: look again.
    if (!host.isConnected && state.kind === 'inline') evicted += 1;
    if (!host.isConnected || state.kind === 'none' || (place === 'header' && state.kind !== 'inline' && control !== state.control)) return void relocate();
    if (state.kind === 'inline') return void (!(state.control && inlineFits(state.control)) && relocate());
    const box = toBox(host.getBoundingClientRect());
    if (!isFree(box, viewportOf(doc), obstacleBoxes(doc, host, box))) void relocate();
  }

  const stop = () => {
    stopped = true;
    generation += 1;
    host.remove();
  };
  return { relocate: () => void relocate(), check: () => void check(), stop };
}
