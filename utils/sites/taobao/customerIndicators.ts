import type { CustomerSegmentRow } from '../../types';

// The sycm customer indicators Storewise keeps, per domain (docs/CONSOLES.md,
// Taobao / Tmall, customers): data, so a newly seen code is one line here.
// A domain answer also carries ids, dates and top-item lists under other
// codes; only the codes below become rows. `rate` values are fractions.

export type IndicatorUnit = 'count' | 'rate' | 'money';

export const CUSTOMER_INDICATORS: Readonly<
  Record<string, { domain: CustomerSegmentRow['domain']; unit: IndicatorUnit }>
> = {
  // 客户分析 overview (tao.shop.customer.overview)
  shopCustomer: { domain: 'overview', unit: 'count' },
  newVisitorCnt: { domain: 'overview', unit: 'count' },
  newVisitorBuyCnt: { domain: 'overview', unit: 'count' },
  newVisitorPayRate: { domain: 'overview', unit: 'rate' },
  noPurchaseCnt: { domain: 'overview', unit: 'count' },
  hasPurchaseCnt: { domain: 'overview', unit: 'count' },
  hasPurchaseUbyCnt: { domain: 'overview', unit: 'count' },
  hasPurchaseReCall: { domain: 'overview', unit: 'rate' },
  repeatByrRate1m: { domain: 'overview', unit: 'rate' },
  repeatByrRate3m: { domain: 'overview', unit: 'rate' },
  repeatByrRate6m: { domain: 'overview', unit: 'rate' },
  regularCustomerCnt: { domain: 'overview', unit: 'count' },
  // 会员分析 members (tao.shop.customer.mbranalysis.retailer)
  totalMbrCnt: { domain: 'members', unit: 'count' },
  paidMbrCnt: { domain: 'members', unit: 'count' },
  mbrPayAmt: { domain: 'members', unit: 'money' },
  repurMbrRate: { domain: 'members', unit: 'rate' },
  incrMbrCnt: { domain: 'members', unit: 'count' },
};
