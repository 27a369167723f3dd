import { browser } from 'wxt/browser';
import { parsePolicy } from './parse';
import type { PolicyReading } from './keys';

/**
 * The organisation's policy from managed storage. Without one, Chrome answers an empty object and
 * Firefox throws (no policies.json entry for us): both mean "nothing set". Readable by the
 * background and the extension's pages, never by content scripts.
 */
export async function readPolicy(): Promise<PolicyReading> {
  const managed = (browser.storage as { managed?: { get(): Promise<Record<string, unknown>> } }).managed;
  if (!managed) return { policy: {}, problems: [] };
  const raw = await managed.get().catch(() => ({}));
  return parsePolicy(raw);
}
