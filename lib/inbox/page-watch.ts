export type PageChange = 'dom' | 'resize';

/**
 * Calls `onChange` once per burst of changes to the page — its DOM (nodes, labels, styles),
 * the window's size, or a scroll inside it — at most once every `delayMs()` (Gmail
 * mutates all the time: each burst is coalesced into one call, and no work happens per
 * mutation). A resize in the burst is reported as such; the chip's own changes (`own`) are no
 * page change. Stops when `signal` aborts.
 */
export function watchPage(doc: Document, signal: AbortSignal, delayMs: () => number, onChange: (change: PageChange) => void, own: () => Node | undefined): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resized = false;
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      const change = resized ? 'resize' : 'dom';
      resized = false;
      if (!signal.aborted) onChange(change);
    }, delayMs());
  };
  // Our own chip's moves and restyles are not the page changing: they wake nothing.
  const theirs = (record: MutationRecord) => {
    const chip = own();
    return record.target !== chip && (record.type !== 'childList' || ![...record.addedNodes, ...record.removedNodes].every((node) => node === chip));
  };
  const observer = new MutationObserver((records) => records.some(theirs) && schedule());
  // Not `class`: Gmail restyles rows on every hover. What opens (a compose window, a toast, a
  // menu) comes as new nodes or a style or hidden change; the title is a child of <title>.
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'title', 'href', 'hidden', 'style'] });
  const options = { capture: true, passive: true, signal } as const;
  doc.defaultView?.addEventListener('resize', () => { resized = true; schedule(); }, options);
  doc.addEventListener('scroll', schedule, options);
  signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(timer); }, { once: true });
}
