import { overlaps, type Box } from './placement';

/**
 * What the chip must never cover: everything on the page that takes a click, a key or focus —
 * controls by tag and by ARIA role, anything with a tabindex or a click attribute, editable
 * areas, frames (Gmail's chat, add-ons) — and the page's own dialogs, menus, alerts and
 * toasts as a whole, so the chip moves away from a compose window or a toast, not only from
 * its buttons.
 */
const ROLES = 'button link checkbox radio switch tab menuitem menuitemcheckbox menuitemradio option treeitem slider spinbutton textbox combobox searchbox gridcell row dialog alertdialog alert menu listbox';
const INTERACTIVE = `a[href],area[href],button,input:not([type=hidden]),select,textarea,summary,iframe,embed,object,video[controls],audio[controls],[contenteditable]:not([contenteditable=false]),[tabindex],[onclick],${ROLES.split(' ').map((role) => `[role=${role}]`).join()}`;

export interface Viewport {
  width: number;
  height: number;
}

/** The window's inner size without its scrollbars (a scrollbar takes clicks too). */
export function viewportOf(doc: Document): Viewport {
  const root = doc.documentElement;
  return { width: root.clientWidth, height: root.clientHeight };
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

function intersect(a: Box | undefined, b: Box): Box | undefined {
  if (!a) return undefined;
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const width = Math.min(a.left + a.width, b.left + b.width) - left;
  const height = Math.min(a.top + a.height, b.top + b.height) - top;
  return width > 0 && height > 0 ? { left, top, width, height } : undefined;
}

/**
 * The part of each element a person can see: its box inside the window, clipped by scrolling
 * ancestors (a message row scrolled out of its list keeps a box, over the header). An absolutely
 * or fixed positioned element may escape its ancestors' clipping, so it is never clipped by
 * them: in doubt, a control counts as showing. Each ancestor's style is read once per pass.
 */
function makeVisibleBox(view: Window, screen: Box): (el: Element) => Box | undefined {
  const inside = new Map<Element, Box | undefined>();
  const styleOf = (el: Element) => view.getComputedStyle(el);
  const areaOf = (el: Element, position: string): Box | undefined => {
    const parent = el.parentElement;
    return position === 'absolute' || position === 'fixed' || !parent ? screen : areaInside(parent);
  };
  function areaInside(el: Element): Box | undefined {
    if (inside.has(el)) return inside.get(el);
    const style = styleOf(el);
    const area = areaOf(el, style.position);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const result = clips ? intersect(area, toBox(el.getBoundingClientRect())) : area;
    inside.set(el, result);
    return result;
  }
  return (el) => {
    const style = styleOf(el);
    if (style.visibility === 'hidden') return undefined;
    return intersect(areaOf(el, style.position), toBox(el.getBoundingClientRect()));
  };
}

/**
 * The visible boxes of the page's controls, except the chip's own. With `near`, only those
 * crossing it (the chip's current spot: cheap enough to check whenever the page changes).
 */
export function obstacleBoxes(doc: Document, chip: Element, near?: Box): Box[] {
  const view = doc.defaultView;
  if (!view) return [];
  const { width, height } = viewportOf(doc);
  const screen = { left: 0, top: 0, width, height };
  const visibleBox = makeVisibleBox(view, screen);
  const boxes: Box[] = [];
  for (const el of doc.querySelectorAll(INTERACTIVE)) {
    if (el === chip || chip.contains(el)) continue;
    const raw = intersect(toBox(el.getBoundingClientRect()), screen);
    if (!raw || (near && !overlaps(raw, near))) continue;
    const shown = visibleBox(el);
    if (shown && (!near || overlaps(shown, near))) boxes.push(shown);
  }
  return boxes;
}
