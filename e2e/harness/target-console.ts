import { CDPSessionEvent, type Browser, type CDPSession, type Connection, type Page, type Protocol } from 'puppeteer';

/**
 * Console errors of every page in a Chromium, from its first load, whoever opened it: the harness,
 * a click on a link (a step's deep link opens a tab), the background (the side panel), an
 * extension page (the Microsoft sign-in tab).
 *
 * Why not page.on('console'): puppeteer makes a Page for a new target only when asked, and a tab
 * opened by a click is usually loaded by then — what its first load logged is gone (tried: a
 * HubSpot page opened with window.open was `complete` before its Page existed). Chromium holds
 * every new target until its debugger clients let it run (puppeteer auto-attaches with
 * waitForDebuggerOnStart). The connection announces each new session synchronously, before
 * puppeteer lets the target run; enabling Runtime and Log on it right then means the page's very
 * first console.error, uncaught exception or failed load reaches us.
 */
export class TargetConsoles {
  /** By CDP session id: every session the connection announced (tabs, panels, frames, workers). */
  private readonly bySession = new Map<string, string[]>();

  /** Starts collecting for every target the browser attaches from now on. */
  watch(browser: Browser): void {
    connectionOf(browser).on(CDPSessionEvent.SessionAttached, (session: CDPSession) => this.collect(session));
  }

  /**
   * The errors seen so far on the page (a copy). A page whose session was never announced is an
   * error, never an empty list: "no errors" must mean the page was watched and said nothing.
   */
  of(page: Page): string[] {
    const errors = this.bySession.get(sessionIdOf(page));
    if (!errors) throw new Error(`console errors were never collected for ${page.url()}: it was attached before the harness watched the browser`);
    return [...errors];
  }

  private collect(session: CDPSession): void {
    const errors: string[] = [];
    this.bySession.set(session.id(), errors);
    session.on('Runtime.consoleAPICalled', (event: Protocol.Runtime.ConsoleAPICalledEvent) => {
      if (event.type !== 'error' && event.type !== 'assert') return;
      const text = event.args.map((arg) => String(arg.value ?? arg.description ?? arg.unserializableValue ?? '')).join(' ');
      const where = event.stackTrace?.callFrames[0]?.url;
      errors.push(where ? `${text} (${where})` : text);
    });
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: details }: Protocol.Runtime.ExceptionThrownEvent) => {
      errors.push(`uncaught: ${details.exception?.description?.split('\n')[0] ?? details.text}`);
    });
    session.on('Log.entryAdded', ({ entry }: Protocol.Log.EntryAddedEvent) => {
      if (entry.level === 'error') errors.push(entry.url ? `${entry.text} (${entry.url})` : entry.text);
    });
    // Sent now, before puppeteer's Runtime.runIfWaitingForDebugger on the same session: Chromium
    // handles a session's commands in order, so the target runs only with both domains enabled.
    // A target without these domains (a tab's container, a worker puppeteer detaches) refuses them.
    void session.send('Runtime.enable').catch(() => undefined);
    void session.send('Log.enable').catch(() => undefined);
  }
}

/** The CDP connection behind the browser (one per Chromium: a relaunch has a new one; puppeteer keeps it internal). */
function connectionOf(browser: Browser): Connection {
  const connection = (browser as unknown as { _connection?: Connection })._connection;
  if (!connection) throw new Error('puppeteer no longer exposes the browser connection: update harness/target-console.ts');
  return connection;
}

/** The CDP session behind a page (puppeteer keeps it internal; one accessor, checked). */
function sessionIdOf(page: Page): string {
  const client = (page as unknown as { _client?: () => CDPSession })._client?.();
  if (!client) throw new Error('puppeteer no longer exposes a page\'s CDP session: update harness/target-console.ts');
  return client.id();
}
