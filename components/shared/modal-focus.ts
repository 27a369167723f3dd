/**
 * Keeps the keyboard focus inside an open modal dialog. Opening it moves the focus in; while it
 * is open, focus that lands outside (a view behind it re-rendering and focusing its heading, a
 * script) is brought back, and so is focus that went nowhere (a press on the dialog's text or on
 * the backdrop, a click meant for a control that had just moved): a key pressed next must reach
 * the dialog. Closing returns the focus to where it was when the dialog opened.
 * Only the newest open dialog holds the focus, so two never pull it between them.
 */

/** The open dialogs, newest last. */
const open: HTMLElement[] = [];

/** Whether a modal dialog is open in this page (a view must then not move the focus itself). */
export function isModalOpen(): boolean {
  return open.length > 0;
}

/** No element has the focus (the document's body holds it), as after a press on something that takes none. */
const focusIsNowhere = (doc: Document) => doc.activeElement === null || doc.activeElement === doc.body;

/**
 * Moves the focus into `dialog` (to `initial()`, else the dialog itself) and holds it there until
 * the returned function is called, which gives the focus back to the element that had it.
 */
export function holdFocusIn(dialog: HTMLElement, initial: () => HTMLElement | null | undefined): () => void {
  const doc = dialog.ownerDocument;
  const opener = doc.activeElement as HTMLElement | null;
  /** The control inside the dialog that last had the focus: where it goes back to. */
  let last: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const newest = () => open[open.length - 1] === dialog;
  const bringBack = () => {
    const target = last?.isConnected && dialog.contains(last) ? last : initial();
    (target ?? dialog).focus();
  };
  const onFocusIn = (event: FocusEvent) => {
    if (!newest()) return;
    if (event.target instanceof Node && dialog.contains(event.target)) last = event.target as HTMLElement;
    else bringBack();
  };
  // Focus that leaves for nothing fires no focusin: look once the browser has settled where it went
  // (a window losing the focus keeps its active element, so it is left alone).
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget !== null || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (newest() && dialog.isConnected && focusIsNowhere(doc)) bringBack();
    }, 0);
  };
  open.push(dialog);
  doc.addEventListener('focusin', onFocusIn, true);
  dialog.addEventListener('focusout', onFocusOut);
  (initial() ?? dialog).focus();
  return () => {
    open.splice(open.indexOf(dialog), 1);
    doc.removeEventListener('focusin', onFocusIn, true);
    dialog.removeEventListener('focusout', onFocusOut);
    clearTimeout(timer);
    opener?.focus();
  };
}
