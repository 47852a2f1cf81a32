// The toolbar popup's strings in both languages: the popup loads this table
// alone (its first scripts have a size budget, scripts/bench/bundle.bench.ts);
// utils/i18n/messages.ts spreads it into the full tables, so every page and
// the tests that keep both languages alike see these keys too.

export const popupEn = {
  'store.default': 'default store',
  'site.aliexpress': 'AliExpress',
  'site.taobao': 'Taobao/Tmall',
  'site.alibaba': 'Alibaba.com',
  'popup.title': 'Promo checklist',
  'popup.openPanel': 'Open the side panel',
  'popup.noCampaign': 'No campaign phase is running now.',
  'popup.store': 'Store: {store}',
  'promo.checklist': 'Checklist: {phase}',
  'promo.progress': '{done} of {total} done',
  'promo.noItems': 'No checklist items for this phase.',
  'promo.import': 'Import from this page',
} as const;

export type PopupMessageKey = keyof typeof popupEn;

export const popupZhCN: Record<PopupMessageKey, string> = {
  'store.default': '默认店铺',
  'site.aliexpress': '速卖通',
  'site.taobao': '淘宝天猫',
  'site.alibaba': '阿里巴巴国际站',
  'popup.title': '大促清单',
  'popup.openPanel': '打开侧边栏',
  'popup.noCampaign': '当前没有进行中的大促阶段。',
  'popup.store': '店铺：{store}',
  'promo.checklist': '清单：{phase}',
  'promo.progress': '已完成 {done}/{total}',
  'promo.noItems': '此阶段没有清单项。',
  'promo.import': '从当前页面导入',
};
