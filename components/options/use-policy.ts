import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readPolicy, type PolicyReading } from '../../lib/policy';

/** The organisation's policy as the options page shows it, re-read when IT changes it. `undefined` while loading. */
export function usePolicy(): PolicyReading | undefined {
  const [reading, setReading] = useState<PolicyReading | undefined>();
  useEffect(() => {
    const load = () => void readPolicy().then(setReading, () => setReading({ policy: {}, problems: [] }));
    load();
    const changed = (_changes: unknown, area: string) => {
      if (area === 'managed') load();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  return reading;
}
