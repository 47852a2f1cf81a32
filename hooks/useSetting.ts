import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../utils/db/db';
import {
  getSetting,
  parseSetting,
  putSetting,
  type StoredKey,
  type StoredValue,
} from '../utils/settings/settings';

/**
 * A setting as live React state: re-renders when any context (options page,
 * side panel, an import) writes it. `loaded` is false for the first render,
 * while the value shown is still the default. The value is validated on read
 * (utils/settings/settings.ts): bad data shows as the default, never throws.
 */
export function useSetting<K extends StoredKey>(
  key: K,
): { value: StoredValue<K>; loaded: boolean; set: (value: StoredValue<K>) => Promise<void> } {
  const read = useLiveQuery(async () => ({ value: await getSetting(getDb(), key) }), [key]);
  return {
    value: read ? read.value : parseSetting(key, undefined),
    loaded: read !== undefined,
    set: (value) => putSetting(getDb(), key, value),
  };
}
