import type { StoreRecord } from '@/utils/db/records';
import type { Site } from '@/utils/types';
import type { TranslateOf } from '@/utils/i18n/core';

/** "AliExpress · My Shop": the marketplace and the store's name (or id). Also the popup's, so it stays light. */
export function storeLabel(
  store: StoreRecord,
  t: TranslateOf<'store.default' | `site.${Site}`>,
): string {
  const name = store.name ?? (store.storeId === 'default' ? t('store.default') : store.storeId);
  return `${t(`site.${store.site}`)} · ${name}`;
}
