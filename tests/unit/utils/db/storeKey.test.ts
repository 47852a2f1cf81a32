import { describe, expect, it } from 'vitest';
import { parseStoreKey, siteOfStoreKey, storeKeyOf } from '@/utils/db/storeKey';

describe('storeKey', () => {
  it('builds a key from site and store id, the default store when none was read', () => {
    expect(storeKeyOf({ site: 'aliexpress', storeId: '2001234' })).toBe('aliexpress:2001234');
    expect(storeKeyOf({ site: 'taobao' })).toBe('taobao:default');
  });

  it('takes a key apart, keeping colons inside the store id', () => {
    expect(parseStoreKey('alibaba:shop:7')).toEqual({ site: 'alibaba', storeId: 'shop:7' });
    expect(siteOfStoreKey('taobao:88')).toBe('taobao');
  });

  it('refuses keys of no known marketplace', () => {
    expect(parseStoreKey('amazon:1')).toBeUndefined();
    expect(parseStoreKey(':1')).toBeUndefined();
    expect(parseStoreKey('aliexpress')).toBeUndefined();
    expect(siteOfStoreKey(undefined)).toBeUndefined();
  });
});
