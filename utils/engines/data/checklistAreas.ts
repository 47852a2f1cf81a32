// Per-phase checklists: docs/ADVICE.md#promo-phases "Promo phases and checklists" as data:
// the item type, the area and role labels and the row builder here; the items,
// one module per marketplace (checklistsAliexpress.ts, checklistsAlibaba.ts,
// checklistsTaobao.ts), so the toolbar popup loads only its store's
// (checklistItemsOf below); utils/engines/data/checklists.ts gathers them all.
// Each item's id is `${set}.${phase}.${area}.${slug}` written out in full and
// never derived from its text, so ticked items survive wording edits and
// template changes (progress is stored as a set of ids). Never rename an id;
// retire it and add a new one.

import type { Bilingual, PhaseId } from '../types';
import type { ChecklistSetId } from './campaigns';
import type { Site } from '../../types';

/**
 * Areas of the AliExpress plan (docs/ADVICE.md#promo-phases AliExpress 11.11) and the five
 * boards of the Alibaba.com September festival (docs/ADVICE.md#promo-phases Alibaba.com).
 */
export type ChecklistArea =
  | 'operations'
  | 'product'
  | 'traffic'
  | 'marketing'
  | 'visual'
  | 'logistics-service'
  | 'returning-buyers'
  | 'communication'
  | 'promo-marketing'
  | 'followers'
  | 'data-promo';

/** Alibaba.com: every board has tasks for operations staff, sales staff and the boss. */
export type ChecklistRole = 'ops' | 'sales' | 'boss';

export interface ChecklistItem {
  id: string;
  set: ChecklistSetId;
  phase: PhaseId;
  area: ChecklistArea;
  /** Traffic items: on-site (search, PPC, affiliate) or off-site (social, influencers). */
  channel?: 'onsite' | 'offsite';
  role?: ChecklistRole;
  text: Bilingual;
}

export const AREA_LABELS: Record<ChecklistArea, Bilingual> = {
  operations: { en: 'Operations', zh: '整体运营' },
  product: { en: 'Product', zh: '产品' },
  traffic: { en: 'Traffic', zh: '流量' },
  marketing: { en: 'Marketing', zh: '营销' },
  visual: { en: 'Visual', zh: '视觉' },
  'logistics-service': { en: 'Logistics & service', zh: '物流与服务' },
  'returning-buyers': { en: 'Returning-buyer marketing', zh: '老客营销' },
  communication: { en: 'Communication', zh: '沟通' },
  'promo-marketing': { en: 'Promo marketing', zh: '大促营销' },
  followers: { en: 'Follower contest', zh: '粉丝赛' },
  'data-promo': { en: 'Data-guided promo', zh: '数据化大促' },
};

export const ROLE_LABELS: Record<ChecklistRole, Bilingual> = {
  ops: { en: 'Operations staff', zh: '运营' },
  sales: { en: 'Sales staff', zh: '业务员' },
  boss: { en: 'Boss', zh: '老板' },
};

export type Row = [
  id: string,
  area: ChecklistArea,
  en: string,
  zh: string,
  extra?: { channel?: 'onsite' | 'offsite'; role?: ChecklistRole },
];

export function rows(set: ChecklistSetId, phase: PhaseId, list: readonly Row[]): ChecklistItem[] {
  return list.map(([id, area, en, zh, extra]) => ({
    id,
    set,
    phase,
    area,
    ...(extra?.channel ? { channel: extra.channel } : {}),
    ...(extra?.role ? { role: extra.role } : {}),
    text: { en, zh },
  }));
}

export const ON = { channel: 'onsite' } as const;
export const OFF = { channel: 'offsite' } as const;

/** The checklist items of one marketplace's campaigns, loaded on demand (the popup's first scripts stay small). */
export async function checklistItemsOf(site: Site): Promise<readonly ChecklistItem[]> {
  switch (site) {
    case 'aliexpress':
      return (await import('./checklistsAliexpress')).ALIEXPRESS_CHECKLIST;
    case 'alibaba':
      return (await import('./checklistsAlibaba')).ALIBABA_CHECKLIST;
    case 'taobao':
      return (await import('./checklistsTaobao')).TAOBAO_CHECKLIST;
  }
}
