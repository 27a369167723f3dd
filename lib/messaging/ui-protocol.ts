/** Messages the popup and the side panel need beyond reading the store (extension pages only). */
export const uiProtocol = {} as const;
