// The record's button loads with the result screen, not with the first screen: SaveRecord and its
// form are their own chunk (the first screen stays within its 60 KB), fetched the moment a result
// is shown and precached for offline use like every chunk.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Outcome } from '../verify/verify-service';

type SaveRecordType = ComponentType<{ outcomes: readonly Outcome[] }>;
let loaded: SaveRecordType | undefined;

export function LazySaveRecord({ outcomes }: { outcomes: readonly Outcome[] }) {
  const [Component, setComponent] = useState<SaveRecordType | undefined>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    void import('./SaveRecord').then((m) => {
      loaded = m.SaveRecord;
      setComponent(() => m.SaveRecord);
    });
  }, []);
  return Component ? <Component outcomes={outcomes} /> : null;
}
