/**
 * Two steps tests take with the product's real parts against the in-process sandbox: a sync pass
 * with the real HubSpot, Admin SDK and Graph clients (credentials from the bed's store), and what
 * the guide content script reports from a page the sandbox serves (the real page reader and
 * snapshot handler; needs a DOM, e.g. happy-dom).
 */
import { createObservationSnapshotHandler } from '../../lib/background/handlers/observation-snapshot';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { readerFor } from '../../lib/guide/page-readers';
import { createSyncEnvironment } from '../../lib/sync/environment';
import { runSyncPass, type PassResult } from '../../lib/sync/pass';
import type { TestBed } from './helpers';

export function syncWithRealClients(bed: TestBed): Promise<PassResult> {
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => bed.sandbox.handle(new Request(input, init));
  const env = createSyncEnvironment(
    bed.access,
    {
      hubspot: (getToken) => createHubSpotClient({ getToken, fetch, retry: { sleep: async () => undefined } }),
      google: (getToken) => createGoogleClient({ getToken, fetch }),
      microsoft: (getToken) => createGraphClient({ getToken, fetch }),
    },
    { jobOptions: { pageSize: 10 } },
  );
  return runSyncPass(env);
}

export async function visitPage(bed: TestBed, href: string): Promise<void> {
  const url = new URL(href);
  const response = await bed.sandbox.handle(new Request(url));
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const snapshot = readerFor(url)?.read(doc, url);
  if (!snapshot || snapshot === 'skip') throw new Error(`${href} could not be read`);
  const handle = createObservationSnapshotHandler({ store: bed.repo, now: () => bed.access.now() });
  await handle(snapshot, { sender: { kind: 'content', tabId: 1, host: url.hostname, url: href } });
}
