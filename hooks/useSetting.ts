import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../utils/db/db';
import {
  parseSetting,
  setSetting,
  type SettingKey,
  type SettingValue,
} from '../utils/settings/settings';

/**
 * A setting as live React state: re-renders when any context (options page,
 * side panel, an import) writes it. `loaded` is false for the first render,
 * while the value shown is still the default.
 */
export function useSetting<K extends SettingKey>(
  key: K,
): { value: SettingValue<K>; loaded: boolean; set: (value: SettingValue<K>) => Promise<void> } {
  const row = useLiveQuery(async () => (await getDb().settings.get(key)) ?? null, [key]);
  return {
    value: parseSetting(key, row?.value),
    loaded: row !== undefined,
    set: (value) => setSetting(getDb(), key, value),
  };
}
