import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { slug } from './paths';

/**
 * Writes a full-page PNG to <dir>/<name>.png and returns its path. The tab is brought to the front
 * first: headless Chromium paints no frames for background tabs, so their screenshot never ends.
 */
export async function saveScreenshot(page: Page, dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${slug(name)}.png`);
  await page.bringToFront();
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
