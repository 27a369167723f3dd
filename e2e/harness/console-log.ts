import type { Page } from 'puppeteer';

/**
 * Collects what a page reports as broken: console.error calls, uncaught exceptions and failed
 * resource loads (Chromium logs those as console errors too). Attach before navigating.
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

  /** The errors seen so far on a page opened through the harness (a copy). */
  of(page: Page): string[] {
    return [...(this.byPage.get(page) ?? [])];
  }
}
