import { describe, expect, it } from 'vitest';
import { readDocument } from '@/utils/sites/registry';
import { pageFor, type ListPage, type OverlayPage } from '@/utils/overlay/find';
import { ALIEXPRESS_OVERLAY_PAGES } from '@/utils/overlay/pages/aliexpress';
import { TAOBAO_OVERLAY_PAGES } from '@/utils/overlay/pages/taobao';
import { ALIBABA_OVERLAY_PAGES } from '@/utils/overlay/pages/alibaba';
import type { ProductRow } from '@/utils/types';
import { EDIT_URL, LIST_URL, parse, SHIRT_ID, SHIRT_TITLE } from './helpers';

const ALL: OverlayPage[] = [
  ...ALIEXPRESS_OVERLAY_PAGES,
  ...TAOBAO_OVERLAY_PAGES,
  ...ALIBABA_OVERLAY_PAGES,
];

const listPage = (url: URL): ListPage => {
  const page = pageFor(ALL, url);
  if (page?.kind !== 'list') throw new Error(`no list page for ${url.href}`);
  return page;
};

// Each case: a saved console page and its real URL. The badges must land on
// exactly the products the page's reader reads, with the same ids and titles.
const LIST_CASES = [
  ['aliexpress/productList/list-zh.html', LIST_URL],
  ['aliexpress/productList/list-en-reordered.html', LIST_URL],
  [
    'aliexpress/productRank/rank-zh.html',
    'https://csp.aliexpress.com/m_apps/csp-sycm-new/productRank?channelId=2001234',
  ],
  [
    'aliexpress/productRank/rank-en-reordered.html',
    'https://gsp.aliexpress.com/m_apps/csp-sycm-new/productRank',
  ],
  ['taobao/productList/on-sale-zh.html', 'https://myseller.taobao.com/home.htm/SellManage/on_sale'],
  ['taobao/productList/on-sale-en.html', 'https://myseller.taobao.com/home.htm/SellManage/on_sale'],
  ['taobao/productRank/item-rank-zh.html', 'https://sycm.taobao.com/cc/item_rank?dateType=recent7'],
  [
    'alibaba/productList/products-manage-zh.html',
    'https://hz-productposting.alibaba.com/product/products_manage.htm',
  ],
  [
    'alibaba/productList/products-manage-en.html',
    'https://hz-productposting.alibaba.com/product/products_manage.htm',
  ],
  ['alibaba/productRank/overview-en.html', 'https://data.alibaba.com/product/overview'],
] as const;

describe('title cells on console pages', () => {
  it.each(LIST_CASES)(
    '%s: one cell per product the reader reads, same id and title',
    (file, href) => {
      const url = new URL(href);
      const doc = parse(file);
      const read = readDocument(doc, url, new Date('2026-11-21T09:30:00Z'));
      if (read.status !== 'ok') throw new Error(`${file}: ${JSON.stringify(read)}`);
      const rows = read.rows as ProductRow[];
      const cells = listPage(url).find(doc, url);
      expect(rows.length).toBeGreaterThan(0);
      expect(cells.map((c) => c.productId)).toEqual(rows.map((r) => r.productId));
      expect(cells.map((c) => c.title)).toEqual(rows.map((r) => r.title));
      for (const c of cells) {
        // The anchor is inside the title cell, and the cell text names the title.
        expect(c.cell.contains(c.anchor)).toBe(true);
        expect(c.cell.textContent).toContain(c.title.split(' ')[0]);
      }
    },
  );

  it('puts the AliExpress badge right after the title link, not after the ID line', () => {
    const url = new URL(LIST_URL);
    const cells = listPage(url).find(parse('aliexpress/productList/list-zh.html'), url);
    const shirt = cells.find((c) => c.productId === SHIRT_ID);
    expect(shirt?.anchor.tagName).toBe('A');
    expect(shirt?.anchor.textContent).toBe(SHIRT_TITLE);
  });

  it('finds nothing on a page without the product column (a layout change degrades to no badge)', () => {
    const url = new URL(LIST_URL);
    expect(listPage(url).find(parse('aliexpress/productList/list-blocked.html'), url)).toEqual([]);
    expect(listPage(url).find(parse('aliexpress/productList/list-empty.html'), url)).toEqual([]);
  });

  it('the analysis page badges its one product only where the page shows its `ID:` line', () => {
    const url = new URL(
      `https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=${SHIRT_ID}&channelId=2001234`,
    );
    const page = listPage(url);
    // The saved keyword tab shows no product header: nothing to badge.
    expect(page.find(parse('aliexpress/productKeywords/keywords-en-reordered.html'), url)).toEqual(
      [],
    );
    const doc = parse('aliexpress/productKeywords/keywords-en-reordered.html');
    const header = doc.createElement('div');
    const link = doc.createElement('a');
    link.href = `https://www.aliexpress.com/item/${SHIRT_ID}.html`;
    link.textContent = SHIRT_TITLE;
    const id = doc.createElement('span');
    id.textContent = `ID: ${SHIRT_ID}`;
    header.append(link, id);
    doc.querySelector('h2')!.after(header);
    const cells = page.find(doc, url);
    expect(cells.map((c) => [c.productId, c.title])).toEqual([[SHIRT_ID, SHIRT_TITLE]]);
    expect(cells[0]!.anchor).toBe(link);
  });

  it('finds the title field of the edit form by its label, with the product id from the URL', () => {
    const url = new URL(EDIT_URL);
    const page = pageFor(ALL, url);
    expect(page?.kind).toBe('edit');
    if (page?.kind !== 'edit') return;
    const doc = parse('aliexpress/productEdit/edit-en.html');
    const found = page.findField(doc, url);
    expect(found?.productId).toBe(SHIRT_ID);
    expect(found?.field.id).toBe('title-input');
    expect(found?.field.value).toBe(SHIRT_TITLE);
    // The bar goes after the input's own wrapper, which holds the counter.
    expect(found?.anchor.querySelector('[data-role="counter"]')).not.toBeNull();
    expect(
      page.findField(doc, new URL('https://csp.aliexpress.com/m_apps/product-publish/edit')),
    ).toBeUndefined();
  });

  it.each([
    ['https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=1', 'list'],
    ['https://csp.aliexpress.com/m_apps/product-publish/edit?productId=1005006987654321', 'edit'],
    ['https://csp.aliexpress.com/m_apps/campaign/list', undefined],
    ['https://myseller.taobao.com/home.htm/SellManage/on_sale', 'list'],
    ['https://data.alibaba.com/product/overview', 'list'],
  ])('%s → %s', (href, kind) => {
    expect(pageFor(ALL, new URL(href))?.kind).toBe(kind);
  });
});
