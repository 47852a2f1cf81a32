import { productIdIn, titleIn } from '../../sites/shared/console';
import {
  TAOBAO_ITEM_LINKS,
  TAOBAO_PRODUCT_LIST_COLUMNS,
  taobaoProductList,
} from '../../sites/taobao/productList';
import { TAOBAO_PRODUCT_RANK_COLUMNS, taobaoProductRank } from '../../sites/taobao/productRank';
import { titleTable, type OverlayPage } from '../find';

// Taobao/Tmall pages with product titles: 卖家中心 出售中的宝贝 and 生意参谋 商品排行.

const read = (cell: Element) => ({
  productId: productIdIn(cell, TAOBAO_ITEM_LINKS),
  title: titleIn(cell),
});

export const TAOBAO_OVERLAY_PAGES: readonly OverlayPage[] = [
  {
    kind: 'list',
    site: 'taobao',
    matchesUrl: taobaoProductList.matchesUrl,
    ...titleTable(TAOBAO_PRODUCT_LIST_COLUMNS, ['product', 'price'], 'product', read),
  },
  {
    kind: 'list',
    site: 'taobao',
    matchesUrl: taobaoProductRank.matchesUrl,
    ...titleTable(TAOBAO_PRODUCT_RANK_COLUMNS, ['product', 'visitors'], 'product', read),
  },
];
