import type { IndicatorUnit } from '../../types';

// Which operating-ability indicators are better when LOWER (docs/ADVICE.md#capability-tiers
// "Seller capability tiers": not-received dispute rate, and the service /
// logistics failure rates). Everything else on the model — listing and
// hit-item counts, movement rate, conversion, response and positive-review
// rates, revisit/repurchase — is better when higher. Data, not logic: zh and
// en name fragments, matched case-insensitively inside the indicator name.
export const LOWER_IS_BETTER_FRAGMENTS: readonly string[] = [
  // disputes, refunds, returns
  '纠纷',
  '退款',
  '退货',
  '仲裁',
  'dispute',
  'refund',
  'return rate',
  // defects, bad reviews, complaints
  '缺陷',
  '差评',
  '投诉',
  '违规',
  '扣分',
  'defect',
  'negative',
  'complaint',
  'violation',
  'penalty',
  // fulfilment failures and delays
  '未收到',
  '取消',
  '延迟',
  '超时',
  '发货时长',
  '响应时长',
  'not received',
  'cancel',
  'late',
  'delay',
  'overdue',
  'shipping time',
  'response time',
  // stale listings that never sell (docs/ADVICE.md#capability-tiers: "piling up listings")
  '零动销',
  'zero-sale',
];

export function higherIsBetter(indicator: string): boolean {
  const name = indicator.toLowerCase();
  return !LOWER_IS_BETTER_FRAGMENTS.some((f) => name.includes(f.toLowerCase()));
}

/**
 * The unit of an indicator, from what its cells show first (12.5%, US $3.20,
 * 3.4天, 4.8分) and, when the cells are bare numbers, from its name (支付转化率,
 * Shipping time (days)). Data: zh and en fragments, matched case-insensitively.
 */
export const UNIT_FROM_CELL: readonly { unit: IndicatorUnit; re: RegExp }[] = [
  { unit: 'rate', re: /%/ },
  { unit: 'money', re: /[$¥￥€£]|\b(?:usd|cny|rmb|eur)\b|元/i },
  { unit: 'days', re: /天|\bdays?\b/i },
  { unit: 'score', re: /分$|\bpts?\b|\bpoints?\b/i },
];

export const UNIT_FROM_NAME: readonly { unit: IndicatorUnit; fragments: readonly string[] }[] = [
  { unit: 'days', fragments: ['天数', '(天)', '（天）', 'days'] },
  { unit: 'rate', fragments: ['率', '占比', 'rate', 'ratio', 'share', '(%)', '（%）'] },
  {
    unit: 'money',
    fragments: ['金额', '客单价', '销售额', 'gmv', 'amount', 'revenue', 'sales value', 'aov'],
  },
  { unit: 'score', fragments: ['评分', '得分', '分数', 'score', 'rating'] },
];

export function indicatorUnit(
  indicator: string,
  cells: readonly (string | undefined)[],
): IndicatorUnit {
  for (const { unit, re } of UNIT_FROM_CELL)
    if (cells.some((c) => c !== undefined && re.test(c))) return unit;
  const name = indicator.toLowerCase();
  for (const { unit, fragments } of UNIT_FROM_NAME)
    if (fragments.some((f) => name.includes(f.toLowerCase()))) return unit;
  return 'count';
}
