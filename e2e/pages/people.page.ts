/**
 * The People page (entrypoints/people) as a test drives it: its selectors, the CSV an admin picks,
 * and waits on what the page shows. Selectors are the data-testids of components/people.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer';

export const peopleSelectors = {
  root: '[data-testid="people"]',
  row: (email: string) => `[data-testid="person-row"][data-email="${email}"]`,
  anyRow: '[data-testid="person-row"]',
  count: '[data-testid="people-count"]',
  search: '[data-testid="people-search"]',
  openPerson: (email: string) => `[data-testid="person-row"][data-email="${email}"] [data-testid="person-open"]`,
  person: (status: string) => `[data-testid="person"][data-status="${status}"]`,
  personMailbox: (address: string) => `[data-testid="person-mailbox"][data-address="${address}"]`,
  navAdd: '[data-testid="people-nav-add"]',
  csvInput: '[data-testid="add-csv"]',
  csvRead: '[data-testid="add-csv-file"]',
  previewCounts: '[data-testid="preview-counts"]',
  previewRow: (verdict: string) => `[data-testid="preview-row"][data-verdict="${verdict}"]`,
  create: '[data-testid="import-start"]',
  importWithStatus: (status: string) => `[data-testid="import"][data-status="${status}"]`,
  importCounts: '[data-testid="import-counts"]',
  resultRow: (state: string) => `[data-testid="result-row"][data-state="${state}"]`,
  download: '[data-testid="import-download"]',
} as const;

const ui = { timeout: 30_000 } as const;

/** Writes a CSV file for the page's file input (puppeteer uploads it from disk). */
export async function csvFile(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return path;
}

/** Picks the CSV in the Add users view and waits until the page has read it. */
export async function chooseCsv(page: Page, path: string): Promise<void> {
  const input = await page.waitForSelector(peopleSelectors.csvInput, ui);
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
  await page.waitForSelector(peopleSelectors.csvRead, ui);
}

/** The numbers a data-* attribute set of one element holds, e.g. the import's counts. */
export async function datasetOf(page: Page, selector: string): Promise<Record<string, string>> {
  return page.$eval(selector, (el) => ({ ...(el as HTMLElement).dataset }) as Record<string, string>);
}
