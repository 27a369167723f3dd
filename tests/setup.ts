import 'fake-indexeddb/auto';
// Unit tests translate into any language synchronously: all five TypeScript catalogs registered
// (the extension fetches the packaged catalog files instead: lib/i18n/load-locale.ts).
import '../lib/i18n/all-locales';
// The partner rules' shared mail domain list, straight from its npm package (the build packs the
// same list as a file the extension fetches: modules/packaged-data.ts).
import sharedMailDomains from 'company-email-validator/free_email_provider_domains.js';
import { registerSharedMailDomains } from '../lib/partner/shared-domains';

registerSharedMailDomains(sharedMailDomains);

// Testing Library's waitFor gives up after 1 s by default: on a loaded 2-core CI runner a UI test
// that starts a plan through fake IndexedDB took longer. The bound only matters when a test fails.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 5_000 });
