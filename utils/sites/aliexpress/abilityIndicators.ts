// Which operating-ability indicators are better when LOWER (PLAYBOOK §1a
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
  // stale listings that never sell (PLAYBOOK §1a: "piling up listings")
  '零动销',
  'zero-sale',
];

export function higherIsBetter(indicator: string): boolean {
  const name = indicator.toLowerCase();
  return !LOWER_IS_BETTER_FRAGMENTS.some((f) => name.includes(f.toLowerCase()));
}
