import 'fake-indexeddb/auto';
// Unit tests translate into any language synchronously: all five TypeScript catalogs registered
// (the extension fetches the packaged catalog files instead: lib/i18n/load-locale.ts).
import '../lib/i18n/all-locales';
// The partner rules' shared mail domain list, straight from its npm package (the build packs the
// same list as a file the extension fetches: modules/packaged-data.ts).
import sharedMailDomains from 'company-email-validator/free_email_provider_domains.js';
import { registerSharedMailDomains } from '../lib/partner/shared-domains';

registerSharedMailDomains(sharedMailDomains);
