/** Options every job factory takes. */
export interface JobOptions {
  /**
   * Items per API page. Unset, each job asks for its endpoint's maximum (HubSpot's in
   * lib/clients/hubspot/page-limits.ts), the fewest requests; tests set small pages to page more.
   */
  pageSize?: number;
}
