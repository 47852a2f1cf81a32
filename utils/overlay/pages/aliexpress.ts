import { textOf } from '../../sites/dom';
import { aliexpressStoreId, PRODUCT_ID_RE, splitTitleAndId } from '../../sites/aliexpress/store';
import { aliexpressProductList, PRODUCT_LIST_COLUMNS } from '../../sites/aliexpress/productList';
import { aliexpressProductRank, PRODUCT_RANK_COLUMNS } from '../../sites/aliexpress/productRank';
import { aliexpressProductKeywords } from '../../sites/aliexpress/productKeywords';
import {
  fieldAnchor,
  fieldByLabel,
  titleAnchor,
  titleTable,
  type OverlayPage,
  type TitleCell,
} from '../find';

// AliExpress pages with product titles: the product manager list, the data
// centre ranking, a product's analysis page, and the product edit form.

const ITEM_LINK = /\/item\/(\d{12,20})\.html/;

/** Id and title of a product cell: `ID: …` text as the readers read it, else the item link. */
export function readAliexpressCell(cell: Element): { productId?: string; title: string } {
  const { title, productId } = splitTitleAndId(textOf(cell));
  const link = cell.querySelector('a[title], a[href]');
  const linkTitle = link ? splitTitleAndId(link.getAttribute('title') ?? textOf(link)).title : '';
  const fromLink = ITEM_LINK.exec(link?.getAttribute('href') ?? '')?.[1];
  return { productId: productId ?? fromLink, title: linkTitle || title };
}

/** The analysis page is about one product (its id in the URL); its header shows the title with `ID: …`. */
function analysedProduct(doc: Document, url: URL): TitleCell[] {
  const productId = url.searchParams.get('productId') ?? '';
  if (!/^\d{12,20}$/.test(productId)) return [];
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    if (el.closest('[data-storewise]') || el.closest('table')) continue;
    const m = PRODUCT_ID_RE.exec(textOf(el));
    if (m?.[1] !== productId) continue;
    // The smallest block that still holds both the title and the id.
    if (Array.from(el.children).some((c) => PRODUCT_ID_RE.exec(textOf(c))?.[1] === productId))
      continue;
    const block = el.parentElement ?? el;
    const { title } = readAliexpressCell(block);
    if (title) return [{ productId, title, cell: block, anchor: titleAnchor(block) }];
  }
  return [];
}

export const EDIT_TITLE_LABELS = ['商品标题', '标题', 'Product title', 'Title', 'Product name'];

export const ALIEXPRESS_OVERLAY_PAGES: readonly OverlayPage[] = [
  {
    kind: 'list',
    site: 'aliexpress',
    matchesUrl: aliexpressProductList.matchesUrl,
    storeId: aliexpressStoreId,
    ...titleTable(PRODUCT_LIST_COLUMNS, ['product'], 'product', readAliexpressCell),
  },
  {
    kind: 'list',
    site: 'aliexpress',
    matchesUrl: aliexpressProductRank.matchesUrl,
    storeId: aliexpressStoreId,
    ...titleTable(PRODUCT_RANK_COLUMNS, ['product', 'visitors'], 'product', readAliexpressCell),
  },
  {
    kind: 'list',
    site: 'aliexpress',
    matchesUrl: aliexpressProductKeywords.matchesUrl,
    storeId: aliexpressStoreId,
    find: analysedProduct,
  },
  {
    kind: 'edit',
    site: 'aliexpress',
    // The product publisher's edit route (商品管理 > 编辑商品).
    matchesUrl: (url) => /\/m_apps\/product-publish\/edit\b/.test(url.pathname),
    storeId: aliexpressStoreId,
    findField: (doc, url) => {
      const productId = url.searchParams.get('productId') ?? url.searchParams.get('itemId') ?? '';
      if (!/^\d{12,20}$/.test(productId)) return undefined;
      const field = fieldByLabel(doc, EDIT_TITLE_LABELS);
      return field ? { productId, field, anchor: fieldAnchor(field) } : undefined;
    },
  },
];

/*
Test URLs
https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234
https://csp.aliexpress.com/m_apps/csp-sycm-new/productRank?channelId=2001234
https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=1005006123456789&channelId=2001234
https://csp.aliexpress.com/m_apps/product-publish/edit?productId=1005006123456789&channelId=2001234
*/
