import { describe, expect, it } from 'vitest';
import { aliexpressStoreId, splitTitleAndId } from '@/utils/sites/aliexpress/store';

describe('AliExpress product id in list text', () => {
  it('finds the id when the title and the id line run together', () => {
    // textContent of <a>title</a><div>ID: …</div> has no space between them.
    expect(splitTitleAndId('Women Summer SundressID: 1005006123456789')).toEqual({
      title: 'Women Summer Sundress',
      productId: '1005006123456789',
    });
  });

  it('reads a spaced or full-width colon id and leaves short numbers alone', () => {
    expect(splitTitleAndId('Linen Shirt ID：1005006987654321').productId).toBe('1005006987654321');
    expect(splitTitleAndId('Bluetooth 5.3 ID: 12345').productId).toBeUndefined();
    expect(splitTitleAndId('ID: 123456789012345678901').productId).toBeUndefined();
  });

  it('takes the store id from channelId, else from the page config attribute', () => {
    const url = new URL(
      'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
    );
    expect(aliexpressStoreId(undefined, url)).toBe('2001234');
    document.documentElement.setAttribute('data-storewise-channel-id', '2007777');
    expect(aliexpressStoreId(document, new URL('https://gsp.aliexpress.com/m_apps/x'))).toBe(
      '2007777',
    );
    document.documentElement.removeAttribute('data-storewise-channel-id');
  });
});
