import { useSetting } from '@/hooks/useSetting';
import { competitorWordsKey } from '@/entrypoints/sidepanel/market/marketView';
import { useI18n } from '../../../components/i18n';

// Words a paired, watched competitor's title has and this listing's lacks, as
// offered from the Market tab. Labelled as competitor words: they come from a
// rival's title, not from the listing's own search-term report.

export function CompetitorWords({ storeKey, productId }: { storeKey: string; productId: string }) {
  const { t } = useI18n();
  const words = useSetting(competitorWordsKey(storeKey, productId)).value;
  if (words.length === 0) return null;
  return (
    <p className="small" data-testid="competitor-words">
      {t('kw.competitorWords', { words: words.join(' ') })}
    </p>
  );
}
