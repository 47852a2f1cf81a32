import {
  CUSTOMER_INDICATORS,
  type IndicatorUnit,
} from '../../../utils/sites/taobao/customerIndicators';
import type { CustomerSegmentRecord } from '../../../utils/db/records';

// Taobao's aggregate customer figures (sycm customer analysis) → the Tier tab's
// customer section: new and returning counts, repurchase rates against the
// good-peer benchmark, members. Pure and table-driven: the groups are data.

export type SegmentGroupId = 'counts' | 'repurchase' | 'members';

/** Which figures each group shows, in order (codes of utils/sites/taobao/customerIndicators.ts). */
export const SEGMENT_GROUPS: readonly { id: SegmentGroupId; codes: readonly string[] }[] = [
  {
    id: 'counts',
    codes: [
      'shopCustomer',
      'newVisitorCnt',
      'newVisitorBuyCnt',
      'newVisitorPayRate',
      'noPurchaseCnt',
      'hasPurchaseCnt',
      'hasPurchaseUbyCnt',
      'regularCustomerCnt',
    ],
  },
  {
    id: 'repurchase',
    codes: ['repeatByrRate1m', 'repeatByrRate3m', 'repeatByrRate6m', 'hasPurchaseReCall'],
  },
  {
    id: 'members',
    codes: ['totalMbrCnt', 'paidMbrCnt', 'incrMbrCnt', 'mbrPayAmt', 'repurMbrRate'],
  },
];

export interface SegmentFigure {
  code: string;
  unit: IndicatorUnit;
  value: number;
  /** The report day the figure describes. */
  day: string;
  change?: number;
  peerGood?: number;
  /** The store is under what good peers reach (only where the console gives the benchmark). */
  belowPeer: boolean;
}

export interface SegmentGroup {
  id: SegmentGroupId;
  figures: SegmentFigure[];
}

export interface CustomerFiguresView {
  groups: SegmentGroup[];
  /** ISO instant of the newest read behind the figures. */
  readAt?: string;
}

/** Each indicator's figure of its newest report day, grouped; groups without figures are left out. */
export function customerFiguresView(rows: readonly CustomerSegmentRecord[]): CustomerFiguresView {
  const newest = new Map<string, CustomerSegmentRecord>();
  for (const r of rows) {
    if (r.domain === 'profile') continue;
    const seen = newest.get(r.indicator);
    if (!seen || seen.day < r.day || (seen.day === r.day && seen.updatedAt < r.updatedAt)) {
      newest.set(r.indicator, r);
    }
  }
  const groups: SegmentGroup[] = [];
  let readAt: string | undefined;
  for (const { id, codes } of SEGMENT_GROUPS) {
    const figures: SegmentFigure[] = [];
    for (const code of codes) {
      const r = newest.get(code);
      const unit = CUSTOMER_INDICATORS[code]?.unit;
      if (!r || !unit) continue;
      if (!readAt || readAt < r.updatedAt) readAt = r.updatedAt;
      figures.push({
        code,
        unit,
        value: r.value,
        day: r.day,
        ...(r.change === undefined ? {} : { change: r.change }),
        ...(r.peerGood === undefined ? {} : { peerGood: r.peerGood }),
        belowPeer: r.peerGood !== undefined && r.value < r.peerGood,
      });
    }
    if (figures.length > 0) groups.push({ id, figures });
  }
  return readAt === undefined ? { groups } : { groups, readAt };
}
