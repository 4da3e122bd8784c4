// Reception-desk settings, kept on this device.
import { getMeta, setMeta } from '../../storage/db';

export interface DeskSettings {
  returnAfterSeconds: number;
  sound: boolean;
  vibrate: boolean;
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = { returnAfterSeconds: 6, sound: true, vibrate: true };
export const loadDeskSettings = () => getMeta<DeskSettings>('desk', DEFAULT_DESK_SETTINGS);
export const saveDeskSettings = (s: DeskSettings) => setMeta('desk', s);
