import type { Page } from 'puppeteer';

/**
 * Collects what a page reports as broken: console.error calls, uncaught exceptions and failed
 * resource loads. Attach before navigating. Firefox's session uses it (WebDriver BiDi); Chromium's
 * harness collects every target from its first load instead (target-console.ts).
 */
export class ConsoleErrors {
  private readonly byPage = new WeakMap<Page, string[]>();

  attach(page: Page): void {
    const errors: string[] = [];
    this.byPage.set(page, errors);
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location().url;
        errors.push(where ? `${message.text()} (${where})` : message.text());
      }
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  }

  /**
   * The errors seen so far on a page opened through the harness (a copy). A page never attached is
   * an error, never an empty list: "no errors" must mean the page was watched and said nothing.
   */
  of(page: Page): string[] {
    const errors = this.byPage.get(page);
    if (!errors) throw new Error(`console errors were never collected for ${page.url()}: it was not opened through the harness`);
    return [...errors];
  }
}
