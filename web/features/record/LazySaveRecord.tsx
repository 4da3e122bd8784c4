// The record's button loads with the result screen, not with the first screen: SaveRecord and its
// form are their own chunk (the first screen stays within its 60 KB), fetched the moment a result
// is shown and precached for offline use like every chunk. The result screen of a QR, image, PDF,
// paste or link passes its `outcomes`; the wallet result screen passes its check (`wallet`).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SaveRecordProps } from './SaveRecord';

let loaded: ComponentType<SaveRecordProps> | undefined;

export function LazySaveRecord(props: SaveRecordProps) {
  const [Component, setComponent] = useState<ComponentType<SaveRecordProps> | undefined>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    void import('./SaveRecord').then((m) => {
      loaded = m.SaveRecord;
      setComponent(() => m.SaveRecord);
    });
  }, []);
  return Component ? <Component {...props} /> : null;
}
