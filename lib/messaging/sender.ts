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

/**
 * Who sent a message, judged only from the fields the browser stamps on it (id, url, tab).
 * Returns a reason instead when the sender is not one we talk to.
 */
export function classifySender(sender: Runtime.MessageSender, policy: SenderPolicy): ClassifiedSender | { refused: string } {
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
  return { kind: 'content', tabId: sender.tab.id, host: parsed.hostname, url };
}
