import type { Bilingual } from '../types';
import type { Language, Translate } from '../../i18n/messages';
import type { ToastCandidate } from './toastRule';
import type { ResolvedCampaign } from './campaign';
import type { Tally } from './checklist';

// Texts the background writes for the toast and the system notification, in
// the seller's language ("11.11 warm-up starts in 2 days — 5 of 14 checklist
// items done").

export const pick = (text: Bilingual, lang: Language): string =>
  lang === 'zh-CN' ? text.zh : text.en;

export function toastText(
  t: Translate,
  lang: Language,
  candidate: ToastCandidate,
  tally: Tally,
): string {
  const c = candidate.entry.campaign;
  const phase = c.phases.find((p) => p.id === candidate.phase);
  const vars = {
    campaign: pick(c.name, lang),
    phase: phase ? pick(phase.label, lang) : candidate.phase,
    days: candidate.days,
    done: tally.done,
    total: tally.total,
  };
  if (candidate.kind === 'during') return t('promo.toast.during', vars);
  return t(candidate.days === 0 ? 'promo.toast.beforeToday' : 'promo.toast.before', vars);
}

export function phaseNotificationText(
  t: Translate,
  lang: Language,
  campaign: ResolvedCampaign,
  phaseId: string,
  tally: Tally,
): string {
  const phase = campaign.phases.find((p) => p.id === phaseId);
  return t('promo.notify.phase', {
    campaign: pick(campaign.name, lang),
    phase: phase ? pick(phase.label, lang) : phaseId,
    done: tally.done,
    total: tally.total,
  });
}

export function deadlineNotificationText(
  t: Translate,
  lang: Language,
  campaign: ResolvedCampaign,
  deadline: ResolvedCampaign['deadlines'][number],
  days: number,
  tally: Tally,
): string {
  return t('promo.notify.deadline', {
    campaign: pick(campaign.name, lang),
    deadline: pick(deadline.label, lang),
    date: deadline.date,
    days,
    done: tally.done,
    total: tally.total,
  });
}
