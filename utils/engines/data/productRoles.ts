import type { Bilingual } from '../types';

// docs/ADVICE.md#product-roles Product roles (货品分层): "every listing is a soldier with a
// job". Each role, and the channel to register it in (the table of docs/ADVICE.md#product-roles; margin
// and potential hit are the "Also" line). Roles are tried in ROLE_PRIORITY
// order and a listing takes the first whose rule it meets.

export type ProductRoleId =
  'hero' | 'potential' | 'activity' | 'volume' | 'margin' | 'clearance' | 'unassigned';

export const ROLE_PRIORITY: readonly ProductRoleId[] = [
  'clearance',
  'hero',
  'potential',
  'activity',
  'volume',
  'margin',
  'unassigned',
];

export interface ProductRoleEntry {
  label: Bilingual;
  what: Bilingual;
  channel: Bilingual;
}

export const PRODUCT_ROLES: Record<ProductRoleId, ProductRoleEntry> = {
  hero: {
    label: { en: 'Hero / hit', zh: '主打爆款' },
    what: { en: 'Best traffic and conversion', zh: '流量和转化最好' },
    channel: {
      en: 'Top venues: brand flash sale, main campaign venue',
      zh: '顶级会场：品牌闪购、大促主会场',
    },
  },
  potential: {
    label: { en: 'Potential hit', zh: '潜爆款' },
    what: {
      en: 'Converts well or is gaining exposure; keep incubating',
      zh: '转化好或曝光上升，继续孵化',
    },
    channel: {
      en: 'Keep incubating: search optimisation, PPC tests, affiliate',
      zh: '继续孵化：搜索优化、直通车测款、联盟',
    },
  },
  activity: {
    label: { en: 'Activity item', zh: '活动单品' },
    what: { en: 'Good price, proven demand', zh: '价格有优势，需求已验证' },
    channel: {
      en: 'Flash Deals, group-buy / country channels',
      zh: 'Flash Deals、团购 / 国家频道',
    },
  },
  volume: {
    label: { en: 'Volume item', zh: '冲量单品' },
    what: { en: 'Drives order count', zh: '拉动订单量' },
    channel: {
      en: 'Secondary venues, store single-item discounts',
      zh: '分会场、店铺单品折扣',
    },
  },
  margin: {
    label: { en: 'Margin item', zh: '利润款' },
    what: { en: 'Priced high and still selling', zh: '价格较高且仍有销量' },
    channel: {
      en: 'Regular price; store events such as bundles and full-reduction',
      zh: '正常价销售；搭配套餐、满减等店铺活动',
    },
  },
  clearance: {
    label: { en: 'Clearance', zh: '清仓单品' },
    what: { en: 'Stale stock', zh: '滞销库存' },
    channel: { en: 'Store single-item discounts only', zh: '仅店铺单品折扣' },
  },
  unassigned: {
    label: { en: 'No role yet', zh: '暂无角色' },
    what: { en: 'No role rule fits the figures read so far', zh: '现有数据尚不满足任何角色规则' },
    channel: { en: 'None until it earns a role', zh: '暂不报名，待形成角色' },
  },
};

/** Restock wording, docs/ADVICE.md#product-roles "Restock a role item when half of its stock has sold or sales spike." */
export const RESTOCK_TEXT = {
  halfSold: {
    en: 'Restock: {share}% of the stock has sold.',
    zh: '补货：库存已售出 {share}%。',
  },
  spike: {
    en: 'Restock: {latest} orders on {day}, {ratio}× the prior average.',
    zh: '补货：{day} 订单 {latest} 笔，是前期均值的 {ratio} 倍。',
  },
} satisfies Record<string, Bilingual>;
