import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../../lib/store/changes';
import type { MetaKey, MetaMap } from '../../lib/store/records';
import { repo } from '../../lib/store/repo';

/**
 * One `meta` value, read straight from IndexedDB and re-read on every change of the meta store
 * (sync status and progress update while a pass runs). `null` = not set; `undefined` = loading.
 */
export function useMeta<K extends MetaKey>(key: K): MetaMap[K] | null | undefined {
  const [value, setValue] = useState<MetaMap[K] | null | undefined>(undefined);
  useEffect(() => {
    const load = () => void repo.getMeta(key).then((v) => setValue(v ?? null), () => setValue(null));
    load();
    return subscribe(['meta'], load);
  }, [key]);
  return value;
}
