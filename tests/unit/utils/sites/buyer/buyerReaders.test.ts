import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapture, readDocument, readerForUrl } from '@/utils/sites/index';
import { toCapture } from '@/scripts/cli/read';
import { soldCountIn, priceRange, embeddedJson } from '@/utils/sites/shared/buyer';
import type { ReadResult } from '@/utils/types';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures');
const NOW = new Date('2026-11-21T09:30:00Z');

function html(file: string, url: string): ReadResult {
  const doc = new DOMParser().parseFromString(
    readFileSync(join(FIXTURES, file), 'utf8'),
    'text/html',
  );
  return readDocument(doc, new URL(url), NOW);
}

function json(file: string, url: string): ReadResult {
  const capture = toCapture(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
  if (!capture) throw new Error(`${file} names no API`);
  return readCapture(capture, new URL(url), NOW);
}

const usd = (amount: number) => ({ amount, currency: 'USD' });
const cny = (amount: number) => ({ amount, currency: 'CNY' });
const AE_SEARCH = 'https://www.aliexpress.com/w/wholesale-summer-dress.html';

describe('AliExpress search', () => {
  it('reads the embedded _init_data_ (unquoted outer key), one row per product, ad as sponsored', () => {
    const r = html('aliexpress/searchResults/search-init-data.html', AE_SEARCH);
    expect(r).toEqual({
      status: 'ok',
      site: 'aliexpress',
      pageKind: 'searchResults',
      url: AE_SEARCH,
      capturedAt: '2026-11-21T09:30:00.000Z',
      source: 'json',
      query: 'summer dress',
      rows: [
        {
          position: 1,
          productId: '1005007000000001',
          title: 'Women Summer Dress Floral Print Beach Sundress',
          price: usd(12.99),
          originalPrice: usd(19.98),
          soldCount: 1000,
          rating: 4.8,
          sponsored: false,
          shop: 'Sunny Closet Store',
        },
        {
          position: 2,
          productId: '1005007000000002',
          title: 'Linen Midi Dress V Neck Short Sleeve',
          price: usd(21.5),
          soldCount: 600,
          rating: 4.6,
          sponsored: true,
          shop: 'Linen House',
        },
        {
          position: 3,
          productId: '1005007000000003',
          title: 'Boho Maxi Dress & Belt',
          price: usd(8.4),
          soldCount: 52,
          sponsored: false,
          shop: 'Boho Days',
        },
      ],
    });
  });

  it('reads rendered cards: split-digit prices, struck-through original, "1,000+ sold", rating, p4p link', () => {
    const r = html('aliexpress/searchResults/search-rendered.html', AE_SEARCH);
    expect(r.status === 'ok' && r.source).toBe('dom');
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        position: 1,
        productId: '1005007000000011',
        title: 'Women Summer Dress Floral Print Beach Sundress',
        price: usd(12.99),
        originalPrice: usd(19.98),
        soldCount: 1000,
        rating: 4.8,
      },
      {
        position: 2,
        productId: '1005007000000012',
        title: 'Linen Midi Dress V Neck Short Sleeve',
        price: usd(21.5),
        soldCount: 600,
        rating: 4.6,
        sponsored: true,
      },
      {
        position: 3,
        productId: '1005007000000013',
        title: 'Boho Maxi Dress & Belt',
        price: usd(8.4),
        soldCount: 52,
      },
    ]);
  });

  it('takes the query from SearchText too, and says empty when nothing is listed', () => {
    const r = html(
      'aliexpress/searchResults/search-init-data.html',
      'https://www.aliexpress.com/wholesale?SearchText=linen+dress',
    );
    expect(r.status === 'ok' && r.pageKind === 'searchResults' && r.query).toBe('linen dress');
    const empty = html('aliexpress/searchResults/search-empty.html', AE_SEARCH);
    expect(empty.status).toBe('empty');
  });

  it('is not claimed by a console reader, and console hosts are not read as buyer pages', () => {
    expect(readerForUrl(new URL(AE_SEARCH))?.pageKind).toBe('searchResults');
    expect(
      readerForUrl(new URL('https://csp.aliexpress.com/item/1005007000000001.html')),
    ).toBeUndefined();
  });
});

describe('AliExpress item', () => {
  const url = 'https://www.aliexpress.com/item/1005007000000001.html';
  it('reads the captured pdp JSONP data.result', () => {
    const r = json('aliexpress/listing/pdp-query.json', url);
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        productId: '1005007000000001',
        title: 'Women Summer Dress Floral Print Beach Sundress 2026',
        price: usd(11.49),
        originalPrice: usd(19.98),
        soldCount: 5000,
        rating: 4.8,
        reviews: 2340,
        shop: 'Sunny Closet Store',
      },
    ]);
  });
  it('falls back to JSON-LD Product and the "N sold" text', () => {
    const r = html('aliexpress/listing/item-jsonld.html', url);
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        productId: '1005007000000001',
        title: 'Women Summer Dress Floral Print Beach Sundress',
        price: usd(12.99),
        priceMax: usd(15.49),
        soldCount: 5000,
        rating: 4.8,
        reviews: 2315,
      },
    ]);
  });
  it('a refused item API is no listing', () => {
    expect(json('aliexpress/listing/pdp-query-failed.json', url).status).toBe('unrecognized');
  });
});

describe('Taobao / Tmall', () => {
  it('reads the recommend itemsArray: highlight spans stripped, "100+人付款", p4p', () => {
    const r = json(
      'taobao/searchResults/recommend.json',
      'https://s.taobao.com/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99',
    );
    expect(r.status === 'ok' && r.pageKind === 'searchResults' && r.query).toBe('连衣裙');
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        position: 1,
        productId: '712300000001',
        title: '夏季连衣裙女碎花雪纺裙',
        price: cny(89),
        soldCount: 100,
        sponsored: false,
        shop: '晴天衣橱旗舰店',
      },
      {
        position: 2,
        productId: '712300000002',
        title: '连衣裙亚麻中长款',
        price: cny(129),
        soldCount: 10000,
        sponsored: true,
        shop: '麻布坊',
      },
      {
        position: 3,
        productId: '712300000003',
        title: '波西米亚长裙度假',
        price: cny(59.9),
        soldCount: 6,
        sponsored: true,
        shop: '度假屋',
      },
    ]);
  });
  it('reads rendered search cards by their item links', () => {
    const r = html(
      'taobao/searchResults/search-rendered.html',
      'https://s.taobao.com/search?q=dress',
    );
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        position: 1,
        productId: '712300000001',
        title: '夏季连衣裙女碎花雪纺裙',
        price: cny(89),
        soldCount: 100,
      },
      {
        position: 2,
        productId: '712300000002',
        title: '连衣裙亚麻中长款',
        price: cny(129),
        soldCount: 10000,
        sponsored: true,
      },
    ]);
  });
  it('reads the item page __ICE_APP_CONTEXT__', () => {
    const r = html(
      'taobao/listing/item-ice.html',
      'https://detail.tmall.com/item.htm?id=712300000001',
    );
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        productId: '712300000001',
        title: '夏季连衣裙女碎花雪纺裙 2026新款',
        price: cny(89),
        originalPrice: cny(99),
        soldCount: 30000,
        reviews: 12000,
        shop: '晴天衣橱旗舰店',
      },
    ]);
  });
});

describe('Alibaba.com', () => {
  const search = 'https://www.alibaba.com/trade/search?SearchText=summer+dress';
  it('reads __page__data_sse10 offers, sponsored from data-aplus-auto-offer', () => {
    const r = html('alibaba/searchResults/search-sse.html', search);
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        position: 1,
        productId: '1600900000001',
        title: 'Wholesale Summer Dress Women Floral',
        price: usd(4.5),
        rating: 4.7,
        sponsored: false,
        shop: 'Guangzhou Sunny Garment Co., Ltd.',
      },
      {
        position: 2,
        productId: '1600900000002',
        title: 'Linen Dress OEM Factory',
        price: usd(8),
        sponsored: true,
        shop: 'Hangzhou Linen Co., Ltd.',
      },
    ]);
  });
  it('reads rendered offer cards', () => {
    const r = html('alibaba/searchResults/search-rendered.html', search);
    const rows = r.status === 'ok' && r.pageKind === 'searchResults' ? r.rows : [];
    expect(rows.map((x) => [x.productId, x.price?.amount, x.sponsored])).toEqual([
      ['1600900000001', 4.5, false],
      ['1600900000002', 8, true],
    ]);
  });
  it('reads window.detailData.globalData', () => {
    const r = html(
      'alibaba/listing/detail.html',
      'https://www.alibaba.com/product-detail/Wholesale-Summer-Dress_1600900000001.html',
    );
    expect(r.status === 'ok' && r.rows).toEqual([
      {
        productId: '1600900000001',
        title: 'Wholesale Summer Dress Women Floral',
        price: usd(4.5),
        priceMax: usd(6.2),
        soldCount: 1200,
        rating: 4.7,
        reviews: 38,
        shop: 'Guangzhou Sunny Garment Co., Ltd.',
        badges: ['MOQ 50 pieces'],
      },
    ]);
  });
});

describe('buyer-page text patterns', () => {
  it.each([
    ['1,000+ sold', 1000],
    ['600+ sold', 600],
    ['100+人付款', 100],
    ['已售 3万+', 30000],
    ['5 vendidos', 5],
    ['no figure', undefined],
  ])('%s → %s', (text, n) => {
    expect(soldCountIn(text)).toBe(n);
  });
  it('splits price ranges', () => {
    expect(priceRange('US$0.50-1.20', 'USD')).toEqual({ low: usd(0.5), high: usd(1.2) });
    expect(priceRange('29.90', 'CNY')).toEqual({ low: cny(29.9) });
  });
  it('never runs script text: a literal with code in it is simply not data', () => {
    const doc = new DOMParser().parseFromString(
      '<script>window.detailData = {"a": alert(1)};</script>',
      'text/html',
    );
    expect(embeddedJson(doc, 'window.detailData')).toBeUndefined();
  });
});
