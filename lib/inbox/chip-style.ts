/**
 * The chip's style, inside its closed shadow root (kept terse: it ships in the content script,
 * whose size counts). Classes: .c the chip, .s a status button, .g its shape, .l the stacked
 * labels, .m the ⋮ control (a native select laid over it). The host gets no style from here that
 * depends on the status (the page could read a host's computed style): status colours live on
 * the inner buttons only. Where the host sits (inline in the header, or fixed) is set on its own
 * style by chip-placer.ts, with `important`, so the page's rules cannot move it.
 */
export const CHIP_STYLE = `:host{all:initial}
[hidden]{display:none!important}
.c{display:inline-flex;height:28px;font:500 12px/1 system-ui,sans-serif;border-radius:14px;box-shadow:0 1px 3px #0008;background:#fff;white-space:nowrap}
button{font:inherit;margin:0;border:0;padding:0 6px;cursor:pointer;color:#fff;display:inline-flex;align-items:center;gap:6px;background:none}
button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
.s{border-radius:14px 0 0 14px;padding-right:10px}
.g{display:inline-grid;place-items:center;width:16px;height:16px;border-radius:50%;background:#fff4;font-size:11px}
.l{display:inline-grid}.l>*{grid-area:1/1;visibility:hidden}.l>.on{visibility:visible}
.m{position:relative;display:inline-grid;place-items:center;width:22px;color:#3c4043;font-size:16px;border-radius:0 14px 14px 0;cursor:pointer}
.m:focus-within{outline:3px solid #1a73e8;outline-offset:2px}
select{position:absolute;inset:0;width:100%;opacity:0;cursor:pointer;font:inherit}
[data-mode=compact] .l{display:none}[data-mode=compact] .s{padding-right:6px}
[data-status=linked]{background:#1e7e34}[data-status=broken]{background:#b3261e}[data-status=half-unlinked]{background:#a15c00}
[data-status=not-linked],[data-status=unknown]{background:#5f6368}
@media (prefers-color-scheme:dark){.c{background:#2d2e30}.m{color:#e8eaed}}`;

/** A shape for each status, so the chip never says it by colour alone (compact mode has no text). */
export const GLYPHS = { linked: '✓', broken: '!', 'half-unlinked': '◐', 'not-linked': '–', unknown: '?' } as const;
