import { useEffect, useState } from 'preact/hooks';
import { loadSharedMailDomains } from '../../lib/partner/shared-domains';
import type { PartnerView as PartnerViewType } from './PartnerView';

/**
 * The Partner view, loaded when first shown, with the shared mail domain list its rules ask (a file
 * of the package, ~16,000 domains): the side panel's and the options page's first paint need wait
 * for neither.
 */
export function LazyPartnerView(props: Parameters<typeof PartnerViewType>[0]) {
  const [View, setView] = useState<typeof PartnerViewType>();
  useEffect(() => {
    void Promise.all([import('./PartnerView'), loadSharedMailDomains()]).then(
      ([module]) => setView(() => module.PartnerView),
      (error: unknown) => console.error('Inboxlink: the Partner view did not load', error),
    );
  }, []);
  return View ? <View {...props} /> : <p aria-busy="true" />;
}
