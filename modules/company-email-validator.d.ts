// company-email-validator types its index only; its list module's export is the Set its
// isCompanyDomain checks (node_modules/company-email-validator/free_email_provider_domains.js).
declare module 'company-email-validator/free_email_provider_domains.js' {
  const domains: ReadonlySet<string>;
  export default domains;
}
