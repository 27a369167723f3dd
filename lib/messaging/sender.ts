import type { Runtime } from 'webextension-polyfill';
import type { SenderKind } from './protocol';

export interface SenderPolicy {
  /** This extension's id: messages from any other extension are refused. */
  extensionId: string;
  /** chrome-extension://<id>/ (or moz-extension://<uuid>/). */
  extensionOrigin: string;
  /** Hosts our content scripts run on; a tab on any other host cannot speak for a content script. */
  contentHosts: readonly string[];
}

export interface ClassifiedSender {
  kind: SenderKind;
  tabId?: number;
  host?: string;
  url?: string;
}

/** The browser's `origin` of the sending frame (Chrome and Firefox stamp it; the polyfill's type lags). */
type StampedSender = Runtime.MessageSender & { origin?: string };

/**
 * Who sent a message, judged only from the fields the browser stamps on it (id, url, tab).
 * Returns a reason instead when the sender is not one we talk to.
 */
export function classifySender(sender: StampedSender, policy: SenderPolicy): ClassifiedSender | { refused: string } {
  if (sender.id !== policy.extensionId) return { refused: 'sender is not this extension' };
  const url = sender.url ?? '';
  if (url.startsWith(policy.extensionOrigin)) return { kind: 'extension', url, tabId: sender.tab?.id };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { refused: 'sender has no URL' };
  }
  if (sender.tab?.id === undefined) return { refused: 'content message without a tab' };
  if (parsed.protocol !== 'https:' || !policy.contentHosts.includes(parsed.hostname)) {
    return { refused: `content scripts do not run on ${parsed.hostname}` };
  }
  // Our content scripts run in the top frame only: a frame inside the page (an ad, an embedded
  // mail) speaking through a content script is not one of them. The frame's own origin, where
  // the browser stamps it, must be the URL's (an about:blank or sandboxed frame is not).
  if (sender.frameId !== 0) return { refused: 'content message from a frame inside the page' };
  if (sender.origin !== undefined && sender.origin !== parsed.origin) return { refused: `content message from origin ${sender.origin}` };
  return { kind: 'content', tabId: sender.tab.id, host: parsed.hostname, url };
}
