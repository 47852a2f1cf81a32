// UI strings in English and Simplified Chinese. English is the key set; the
// zh-CN table must name every key (the type enforces it).

export const en = {
  appName: 'Storewise',
  'tab.tier': 'Tier',
  'tab.keywords': 'Keywords',
  'tab.promo': 'Promo',
  'store.label': 'Store',
  'store.none': 'No store yet',
  'store.default': 'default store',
  'site.aliexpress': 'AliExpress',
  'site.taobao': 'Taobao/Tmall',
  'site.alibaba': 'Alibaba.com',
  'pageKind.productList': 'product list',
  'pageKind.productRank': 'product ranking',
  'pageKind.productKeywords': 'product keywords',
  'pageKind.abilityModel': 'capability model',
  'pageKind.customers': 'customer list',
  'pageKind.campaigns': 'campaign list',
  'status.none': 'Nothing read yet. Open a page of your seller console.',
  'status.ok': 'Read {count} rows from the {page} {ago}',
  'status.okProducts': 'Read {count} products from the {page} {ago}',
  'status.duplicate': 'The {page} is unchanged since the last read ({ago})',
  'status.unrecognized': 'Not recognised: {reason}',
  'status.blocked': 'Blocked: {reason}',
  'status.empty': 'Empty: {reason}',
  'status.invalid': 'Not stored: {reason}',
  'ago.now': 'just now',
  'ago.min': '{n} min ago',
  'ago.hour': '{n} h ago',
  'ago.day': '{n} d ago',
  'tier.products': '{count} products stored for this store',
  'tier.empty':
    'No products yet. Open Products › Manage products in your console to fill this tab.',
  'keywords.empty':
    'No search terms yet. Open a product’s analysis page, keyword tab, in your console.',
  'keywords.count': '{count} search-term rows stored',
  'promo.empty': 'No campaigns read yet. Open a campaign page in your console, or add a campaign.',
  'promo.count': '{count} campaigns stored',
  'table.product': 'Product',
  'table.price': 'Price',
  'table.stock': 'Stock',
  'table.orders': 'Orders',
  'options.title': 'Storewise settings',
  'options.language': 'Language',
  'options.language.auto': 'Browser default',
  'options.saved': 'Saved',
  'popup.title': 'Promo checklist',
  'popup.openPanel': 'Open the side panel',
  'popup.noCampaign': 'No campaign phase is running now.',
  'privacy.local': 'Everything stays on this computer. Storewise sends nothing anywhere.',
} as const;

export type MessageKey = keyof typeof en;

export const zhCN: Record<MessageKey, string> = {
  appName: 'Storewise 店铺参谋',
  'tab.tier': '分层',
  'tab.keywords': '关键词',
  'tab.promo': '大促',
  'store.label': '店铺',
  'store.none': '还没有店铺',
  'store.default': '默认店铺',
  'site.aliexpress': '速卖通',
  'site.taobao': '淘宝天猫',
  'site.alibaba': '阿里巴巴国际站',
  'pageKind.productList': '商品列表',
  'pageKind.productRank': '商品排行',
  'pageKind.productKeywords': '商品关键词',
  'pageKind.abilityModel': '运营能力模型',
  'pageKind.customers': '客户列表',
  'pageKind.campaigns': '活动列表',
  'status.none': '还没有读取数据。请打开卖家后台的页面。',
  'status.ok': '{ago}从{page}读取了 {count} 行',
  'status.okProducts': '{ago}从{page}读取了 {count} 个商品',
  'status.duplicate': '{page}自上次读取（{ago}）以来没有变化',
  'status.unrecognized': '无法识别：{reason}',
  'status.blocked': '被拦截：{reason}',
  'status.empty': '没有数据：{reason}',
  'status.invalid': '未保存：{reason}',
  'ago.now': '刚刚',
  'ago.min': '{n} 分钟前',
  'ago.hour': '{n} 小时前',
  'ago.day': '{n} 天前',
  'tier.products': '本店已保存 {count} 个商品',
  'tier.empty': '还没有商品数据。请在后台打开「商品 › 管理商品」来填充此页。',
  'keywords.empty': '还没有搜索词数据。请在后台打开单品分析的关键词页。',
  'keywords.count': '已保存 {count} 行搜索词数据',
  'promo.empty': '还没有读取到活动。请在后台打开活动页面，或手动添加活动。',
  'promo.count': '已保存 {count} 个活动',
  'table.product': '商品',
  'table.price': '价格',
  'table.stock': '库存',
  'table.orders': '销量',
  'options.title': 'Storewise 设置',
  'options.language': '语言',
  'options.language.auto': '跟随浏览器',
  'options.saved': '已保存',
  'popup.title': '大促清单',
  'popup.openPanel': '打开侧边栏',
  'popup.noCampaign': '当前没有进行中的大促阶段。',
  'privacy.local': '所有数据只保存在本机，Storewise 不向任何地方发送数据。',
};

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];
export type LanguageSetting = Language | 'auto';

const TABLES: Record<Language, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** The UI language for a setting: `auto` follows the browser (zh* → zh-CN, else English). */
export function resolveLanguage(
  setting: LanguageSetting | undefined,
  browserLanguage: string,
): Language {
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Language): Translate {
  const table = TABLES[lang];
  return (key, vars) => {
    const text = table[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}
