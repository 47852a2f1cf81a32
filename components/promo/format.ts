import type { Translate } from '@/utils/i18n/messages';
import type { Countdown, Milestone } from '@/utils/engines/promo/selection';
import type { Language } from '@/utils/i18n/messages';
import { pick } from '@/utils/engines/promo/texts';

/** "5 d 20 h", or "3 h 12 min" inside the last day. */
export function countdownText(t: Translate, c: Countdown): string {
  return c.days > 0
    ? t('promo.time.dh', { d: c.days, h: c.hours })
    : t('promo.time.hm', { h: c.hours, m: c.minutes });
}

export function milestoneText(
  t: Translate,
  lang: Language,
  milestone: Milestone,
  time: string,
): string {
  switch (milestone.kind) {
    case 'phase':
      return t('promo.countdown.phase', { phase: pick(milestone.label, lang), time });
    case 'end':
      return t('promo.countdown.end', { time });
    case 'deadline':
      return t(
        milestone.deadlineKind === 'opens' ? 'promo.countdown.opens' : 'promo.countdown.deadline',
        {
          label: pick(milestone.label, lang),
          time,
        },
      );
  }
}
