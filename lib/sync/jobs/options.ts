/** Options every job factory takes. */
export interface JobOptions {
  /** Items per API page; HubSpot's maximum for users is 100 (hubspot.md §1). */
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 100;
