import { resultBuilders } from '../shared/envelope';
import { PLATFORM_TIME_ZONE } from '../timeZones';
import { foldSpace } from '../normalise';

// The AliExpress store id: `channelId` in the console URL, or the page config
// `window.mtopConfig.queryStringParameters['__channel-id__']`, which the
// content script copies into a data attribute the reader can see.
export function aliexpressStoreId(doc: Document | undefined, url: URL): string | undefined {
  const fromUrl = url.searchParams.get('channelId') ?? url.searchParams.get('channel_id');
  if (fromUrl && /^\d{1,20}$/.test(fromUrl)) return fromUrl;
  const fromPage = doc?.documentElement.getAttribute('data-storewise-channel-id');
  if (fromPage && /^\d{1,20}$/.test(fromPage)) return fromPage;
  return undefined;
}

/**
 * AliExpress appends `ID: <12-20 digits>` to product titles in its lists. No
 * word boundary before `ID`: the title and the id line are sibling blocks, so
 * their text runs together ("…SundressID: 1005…").
 */
export const PRODUCT_ID_RE = /ID\s*[:：]\s*(\d{12,20})(?!\d)/;

export function splitTitleAndId(text: string): { title: string; productId?: string } {
  const m = PRODUCT_ID_RE.exec(text);
  if (!m) return { title: text.trim() };
  const title = foldSpace(text.slice(0, m.index) + text.slice(m.index + m[0].length));
  return { title, productId: m[1] };
}

/** The AliExpress consoles and their data centre run on US Pacific time. */
export const ALIEXPRESS_TIME_ZONE = PLATFORM_TIME_ZONE.aliexpress;

/** Result builders of every AliExpress reader: the store id from the page or its URL. */
export const { failed, missingColumns, ok } = resultBuilders('aliexpress', aliexpressStoreId);
