import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from 'puppeteer';

/**
 * Chromium's downloads, followed by its own events instead of by polling a folder: which download
 * a click started (Browser.downloadWillBegin, with the file name the page suggested) and when that
 * one has completed (Browser.downloadProgress). Each file is saved under its download's guid
 * ('allowAndName'), so nothing is read before Chromium says it is whole, and a test reads exactly
 * the download its click started. A failure says which stage never came: no download began (the
 * click did not start one), or it began and did not complete (and in what state it stopped).
 */
export interface DownloadWatch {
  /** The folder the files land in (removed by close). */
  dir: string;
  /**
   * Waits for the next download whose suggested name starts with `prefix` to begin (within
   * `beginMs` of the call) and then to complete (within `completeMs`); returns its name and text.
   */
  next(prefix: string, options?: { beginMs?: number; completeMs?: number }): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

interface Begun {
  guid: string;
  name: string;
}

type Progress = { state: 'inProgress' | 'completed' | 'canceled'; receivedBytes: number; totalBytes: number };

export async function watchDownloads(browser: Browser): Promise<DownloadWatch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-downloads-'));
  const session: CDPSession = await browser.target().createCDPSession();
  const begun: Begun[] = [];
  const progress = new Map<string, Progress>();
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const waker of [...wakers]) waker();
  };
  session.on('Browser.downloadWillBegin', (event) => {
    begun.push({ guid: event.guid, name: event.suggestedFilename });
    wake();
  });
  session.on('Browser.downloadProgress', (event) => {
    progress.set(event.guid, { state: event.state, receivedBytes: event.receivedBytes, totalBytes: event.totalBytes });
    wake();
  });
  await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
  let claimed = 0;

  /** Resolves with `check()`'s value once it has one (re-checked on every download event), else rejects at the deadline. */
  function until<T>(check: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = (value: T) => {
        wakers.delete(onEvent);
        clearTimeout(timer);
        resolve(value);
      };
      const onEvent = () => {
        const value = check();
        if (value !== undefined) done(value);
      };
      const timer = setTimeout(() => {
        wakers.delete(onEvent);
        reject(new Error(failure()));
      }, timeoutMs);
      wakers.add(onEvent);
      onEvent();
    });
  }

  return {
    dir,
    async next(prefix, { beginMs = 15_000, completeMs = 30_000 } = {}) {
      const download = await until(
        () => {
          const index = begun.findIndex((candidate, i) => i >= claimed && candidate.name.startsWith(prefix));
          if (index < 0) return undefined;
          claimed = index + 1;
          return begun[index];
        },
        beginMs,
        () => `no download named ${prefix}… began within ${beginMs} ms (began: ${begun.map((b) => b.name).join(', ') || 'none'}): the click started none`,
      );
      const state = await until(
        () => {
          const now = progress.get(download.guid);
          return now && now.state !== 'inProgress' ? now : undefined;
        },
        completeMs,
        () => `the download ${download.name} began but did not complete within ${completeMs} ms (last progress: ${JSON.stringify(progress.get(download.guid) ?? null)})`,
      );
      if (state.state !== 'completed') throw new Error(`the download ${download.name} was ${state.state} after ${state.receivedBytes} bytes`);
      return { name: download.name, text: await readFile(path.join(dir, download.guid), 'utf8') };
    },
    async close() {
      await session.detach().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
