// The email-providers package (derhuerst) ships no types: its default export is a list of domains.
declare module 'email-providers' {
  const domains: readonly string[];
  export default domains;
}
