import { useEffect, useState } from 'preact/hooks';
import type { PopupPartnerCount as PopupPartnerCountType } from './PopupPartnerCount';

/**
 * The partner findings' count, loaded after the popup's first status: it reads the store itself
 * (its own chunk), which the popup's first paint must not wait for.
 */
export function LazyPopupPartnerCount() {
  const [Count, setCount] = useState<typeof PopupPartnerCountType>();
  useEffect(() => {
    void import('./PopupPartnerCount').then((module) => setCount(() => module.PopupPartnerCount));
  }, []);
  return Count ? <Count /> : null;
}
