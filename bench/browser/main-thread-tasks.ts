import type { Page } from 'puppeteer';

/** One task the page's main thread ran: start and duration in ms (trace clock). */
export interface MainThreadTask {
  startMs: number;
  durationMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

/** Chromium's names for one task of a thread's run loop (older and newer builds). */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Every task the page's main thread runs between start and stop, from a Chromium trace (the
 * 'toplevel' category, as DevTools' performance panel and Lighthouse read long tasks). Exact to
 * the microsecond, and it sees tasks under 50 ms, which the Long Tasks API does not report.
 * An extension's pages share one renderer process and main thread: keep only the measured page
 * open, or its tasks are counted too.
 */
export async function traceMainThreadTasks(page: Page): Promise<{ stop(): Promise<MainThreadTask[]> }> {
  const url = page.url();
  await page.tracing.start({ categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  return {
    async stop() {
      const buffer = await page.tracing.stop();
      if (!buffer) throw new Error('the trace came back empty');
      const parsed = JSON.parse(Buffer.from(buffer).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
      return mainThreadTasks(Array.isArray(parsed) ? parsed : parsed.traceEvents, url);
    },
  };
}

/** The tasks of the renderer main thread that hosts the frame at `url`. */
export function mainThreadTasks(events: readonly TraceEvent[], url: string): MainThreadTask[] {
  const pids = new Set<number>();
  for (const event of events) {
    if (event.name !== 'TracingStartedInBrowser') continue;
    for (const frame of event.args?.data?.frames ?? []) if (frame.url === url && frame.processId !== undefined) pids.add(frame.processId);
  }
  if (pids.size === 0) throw new Error(`the trace names no process for ${url}`);
  const mainThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && pids.has(event.pid)).map((event) => `${event.pid}:${event.tid}`),
  );
  return events
    .filter((event) => event.ph === 'X' && TASK_NAMES.has(event.name) && mainThreads.has(`${event.pid}:${event.tid}`))
    .map((event) => ({ startMs: event.ts / 1000, durationMs: (event.dur ?? 0) / 1000 }));
}

export const longestMs = (tasks: readonly MainThreadTask[]): number => tasks.reduce((longest, task) => Math.max(longest, task.durationMs), 0);
