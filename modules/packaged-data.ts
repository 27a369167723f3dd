/**
 * Data the extension loads on demand, written into the package once at build time (a WXT local
 * module: WXT loads every file in modules/): each language's catalog (lib/i18n/catalog-files.ts,
 * from lib/i18n/locales) and the shared mail domain list (lib/partner/shared-domains-file.ts, from
 * the company-email-validator package). Bundled as code instead, each was copied into the worker
 * and into every group of entry points that used it; as files, each context fetches what it needs.
 * The sources stay the TypeScript catalogs and the npm package: nothing generated is committed.
 */
import sharedMailDomains from 'company-email-validator/free_email_provider_domains.js';
import { defineWxtModule } from 'wxt/modules';
import { catalogs } from '../lib/i18n/all-locales';
import { catalogFiles } from '../lib/i18n/catalog-files';
import { encodeDomainList, SHARED_DOMAINS_FILE } from '../lib/partner/shared-domains-file';

function packagedFiles(): { path: string; contents: string }[] {
  return [...catalogFiles(catalogs), { path: SHARED_DOMAINS_FILE, contents: encodeDomainList(sharedMailDomains) }];
}

export default defineWxtModule({
  name: 'inboxlink:packaged-data',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      for (const file of packagedFiles()) files.push({ relativeDest: file.path.slice(1), contents: file.contents });
    });
    // browser.runtime.getURL accepts only known public paths (.wxt/types/paths.d.ts).
    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const file of packagedFiles()) paths.push(file.path.slice(1));
    });
  },
});
