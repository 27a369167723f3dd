import { censorDom } from '../../inbox/censor-dom';
import type { GuideStep } from '../../messaging/guide-protocol';
import type { DriftReport, ObserverContext } from '../run-observers';
import { findGuideTarget, type GuideRefusal, type TargetResult } from './find-target';
import { createOverlay, type GuideOverlay } from './overlay';
import { isOnStepPage, mayBeStepPage } from './step-page';

export interface HighlighterOptions {
  /** `guide/current-step`: the running plan's current guided step for this page, or null. */
  fetchStep(): Promise<GuideStep | null>;
  /** `sidepanel/open`: the side panel is where the user confirms a step. */
  openPanel(): Promise<unknown>;
  sendDrift(report: DriftReport): Promise<unknown>;
  /** Quiet time after the last DOM change before looking again. */
  debounceMs?: number;
  /** How long the target may stay missing before we fall back to plain instructions. */
  graceMs?: number;
  overlay?: GuideOverlay;
}

export interface Highlighter {
  /** Call after an in-page navigation (wxt:locationchange). */
  locationChanged(): void;
  readonly overlay: GuideOverlay;
}

/**
 * Shows the user where the current plan step's button is. Asks the background for the step on
 * start and after navigation and DOM changes (debounced), finds the element by role and label in
 * the page's language and outlines it; as the user clicks through, the next label of the step is
 * outlined. When the target stays missing past the grace period (the page changed), the outline
 * goes and plain instructions with a way to confirm in the side panel take its place, and one
 * private drift report is sent. Nothing is thrown into the page; it stops when the context goes.
 */
export function runHighlighter(doc: Document, location: Pick<Location, 'href'>, ctx: ObserverContext, options: HighlighterOptions): Highlighter {
  const { fetchStep, openPanel, sendDrift, debounceMs = 400, graceMs = 5_000 } = options;
  const overlay = options.overlay ?? createOverlay(doc, () => void openPanel().catch(() => alive()));
  const drifted = new Set<string>();
  let step: GuideStep | null = null;
  let fellBack: string | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  let stopped = false;
  let generation = 0;

  const win = doc.defaultView;
  const onViewportChange = () => overlay.reposition();

  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(graceTimer);
    clearTimeout(debounce);
    win?.removeEventListener('scroll', onViewportChange, true);
    win?.removeEventListener('resize', onViewportChange);
    doc.removeEventListener('pointerdown', onPress, true);
    doc.removeEventListener('click', onPress, true);
    overlay.destroy();
  };
  const alive = () => {
    if (!stopped && (!ctx.isValid || ctx.signal.aborted)) stop();
    return !stopped;
  };

  // What the user last pressed on this page: a confirm dialog that names no address belongs to
  // the row pressed before it opened. Only the user's own (trusted) presses count.
  let lastPressed: Element | undefined;
  const onPress = (event: Event) => {
    if (event.isTrusted && event.target instanceof Element) lastPressed = event.target;
  };

  const find = (current: GuideStep): TargetResult => {
    try {
      return findGuideTarget(doc, current.target, lastPressed);
    } catch {
      // A page we cannot read is a page whose target is missing: fall back, never throw.
      return undefined;
    }
  };
  const refusalOf = (result: TargetResult): GuideRefusal | undefined => (result && 'refused' in result ? result.refused : undefined);
  /** The banner's words: why nothing is outlined when the page says it, else the step's instructions. */
  const fallbackText = (current: GuideStep, refusal: GuideRefusal | undefined) =>
    refusal && current.refusals ? { ...current, explain: current.refusals[refusal] } : current;

  const reportDrift = (current: GuideStep) => {
    if (drifted.has(current.stepId)) return;
    drifted.add(current.stepId);
    const page = `${new URL(location.href).hostname}:guide:${current.target.page}`.slice(0, 64);
    const missing = [current.target.labelKey, ...current.target.then].map((key) => `label ${key}`.slice(0, 64)).slice(0, 20);
    sendDrift({ page, missing, skeleton: censorDom(doc.body ?? doc.documentElement) }).catch(() => alive());
  };

  const place = () => {
    if (!alive()) return;
    const current = step;
    if (!current || !isOnStepPage(new URL(location.href), current.target.page)) {
      clearTimeout(graceTimer);
      graceTimer = undefined;
      overlay.clear();
      return;
    }
    const found = find(current);
    if (found && !('refused' in found)) {
      clearTimeout(graceTimer);
      graceTimer = undefined;
      fellBack = undefined;
      overlay.highlight(found.element, current);
      return;
    }
    const refusal = refusalOf(found);
    if (fellBack === `${current.stepId}:${refusal ?? ''}`) return;
    // Not there yet (still rendering, or a dialog closing): wait before calling it changed. A
    // refusal (no row or several rows for the address, another row's dialog, another account)
    // outlines nothing meanwhile either, and then says why.
    overlay.clear();
    graceTimer ??= setTimeout(() => {
      graceTimer = undefined;
      void refresh().then(() => {
        if (!alive() || !step || step.stepId !== current.stepId) return;
        const now = find(step);
        if (now && !('refused' in now)) return;
        if (!isOnStepPage(new URL(location.href), step.target.page)) return;
        const why = refusalOf(now);
        fellBack = `${step.stepId}:${why ?? ''}`;
        overlay.fallback(fallbackText(step, why));
        // A refusal is the page disagreeing with the step, not a changed layout: no drift report.
        if (!why) reportDrift(step);
      });
    }, graceMs);
  };

  /** Asks for the current step again (it moves on once the observers' snapshot completed it). */
  async function refresh(): Promise<void> {
    if (!alive()) return;
    const asked = ++generation;
    let answer: GuideStep | null;
    try {
      // A busy app (HubSpot) changes its DOM all the time: ask only where a step can be.
      answer = mayBeStepPage(new URL(location.href)) ? await fetchStep() : null;
    } catch {
      if (!alive()) return;
      answer = step;
    }
    if (asked !== generation || !alive()) return;
    if (answer?.stepId !== step?.stepId) fellBack = undefined;
    step = answer;
    place();
  }

  const schedule = () => {
    if (!alive()) return;
    clearTimeout(debounce);
    pendingSince ??= Date.now();
    const overdue = Date.now() - pendingSince >= debounceMs * 5;
    debounce = setTimeout(() => {
      pendingSince = undefined;
      void refresh();
    }, overdue ? 0 : debounceMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['open', 'hidden', 'inert', 'aria-hidden', 'aria-disabled', 'class', 'lang'],
  });
  // Typing changes no DOM: a field the step asks to fill is looked at again after input.
  doc.addEventListener('input', schedule, { capture: true, passive: true, signal: ctx.signal });
  win?.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  win?.addEventListener('resize', onViewportChange, { passive: true });
  doc.addEventListener('pointerdown', onPress, { capture: true, passive: true });
  doc.addEventListener('click', onPress, { capture: true, passive: true });
  ctx.signal.addEventListener('abort', stop, { once: true });
  void refresh();

  return {
    locationChanged() {
      fellBack = undefined;
      clearTimeout(graceTimer);
      graceTimer = undefined;
      schedule();
    },
    overlay,
  };
}
