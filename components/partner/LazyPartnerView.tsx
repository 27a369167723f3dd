import { useEffect, useState } from 'preact/hooks';
import type { PartnerView as PartnerViewType } from './PartnerView';

/**
 * The Partner view, loaded when first shown: it brings the shared mail domain list (~220 KB), which
 * the side panel's and the options page's first paint need not wait for.
 */
export function LazyPartnerView(props: Parameters<typeof PartnerViewType>[0]) {
  const [View, setView] = useState<typeof PartnerViewType>();
  useEffect(() => {
    void import('./PartnerView').then((module) => setView(() => module.PartnerView));
  }, []);
  return View ? <View {...props} /> : <p aria-busy="true" />;
}
