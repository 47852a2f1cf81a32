import { productIdIn, titleIn } from '../../sites/shared/console';
import {
  ALIBABA_PRODUCT_LINKS,
  ALIBABA_PRODUCT_LIST_COLUMNS,
  alibabaProductList,
} from '../../sites/alibaba/productList';
import { ALIBABA_PRODUCT_RANK_COLUMNS, alibabaProductRank } from '../../sites/alibaba/productRank';
import { titleTable, type OverlayPage } from '../find';

// Alibaba.com pages with product titles: 产品管理 and 数据管家 产品分析.

const read = (cell: Element) => ({
  productId: productIdIn(cell, ALIBABA_PRODUCT_LINKS),
  title: titleIn(cell),
});

export const ALIBABA_OVERLAY_PAGES: readonly OverlayPage[] = [
  {
    kind: 'list',
    site: 'alibaba',
    matchesUrl: alibabaProductList.matchesUrl,
    ...titleTable(ALIBABA_PRODUCT_LIST_COLUMNS, ['product'], 'product', read),
  },
  {
    kind: 'list',
    site: 'alibaba',
    matchesUrl: alibabaProductRank.matchesUrl,
    ...titleTable(ALIBABA_PRODUCT_RANK_COLUMNS, ['product', 'exposure'], 'product', read),
  },
];
