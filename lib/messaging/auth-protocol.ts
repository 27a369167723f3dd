/**
 * Messages of connecting and disconnecting HubSpot, Google and Microsoft (extension pages only).
 * Replies never carry a token.
 */
export const authProtocol = {} as const;
