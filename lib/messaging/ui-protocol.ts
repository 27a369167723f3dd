import * as v from 'valibot';

/**
 * What the popup learns about a tab's content script:
 * - `alive`: it reported the tab's mailbox since this extension version started (storage.session
 *   is emptied on every extension update, so a record proves the script belongs to this version);
 * - `silent`: the tab shows a mail page but nothing reported — typically a tab loaded before an
 *   install or update, whose script was cut off: the popup asks to reload the tab;
 * - `unreadable`: the tab's script runs but found no signed-in address (the page's layout
 *   changed; it sent a drift report): the popup says so and shows the other mailboxes;
 * - `none`: not a mail page (or its address is not visible to the extension).
 */
export const ContentScriptStateSchema = v.picklist(['alive', 'silent', 'unreadable', 'none']);
export type ContentScriptState = v.InferOutput<typeof ContentScriptStateSchema>;

/** Messages the popup and the side panel need beyond reading the store (extension pages only). */
export const uiProtocol = {
  /** The mailbox the tab's content script reported, for the popup's "this mailbox" view. */
  'mailbox/for-tab': {
    senders: ['extension'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    response: v.object({ address: v.nullable(v.string()), contentScript: ContentScriptStateSchema }),
  },
} as const;
