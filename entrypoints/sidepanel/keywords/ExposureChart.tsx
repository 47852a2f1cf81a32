import { useMemo } from 'react';
import type uPlot from 'uplot';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import type { ProductDailyRecord } from '@/utils/db/records';
import { exposureSeries } from '@/entrypoints/sidepanel/keywords/keywordsView';
import { productDays } from '@/entrypoints/sidepanel/queries';
import { formatCount } from '@/utils/i18n/pick';
import { UPlotChart } from '../charts/UPlotChart';
import { useI18n } from '../../../components/i18n';

// A listing's exposure per stored day: a uPlot line for the eye, the same
// figures as a table for screen readers. It reads its one product's days when
// the listing is opened (the tab itself renders from compact rows), and is
// loaded on demand so uPlot stays out of the panel's first scripts.

const NO_DAYS: readonly ProductDailyRecord[] = [];

const dayMs = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;

export default function ExposureChart({
  storeKey,
  productId,
  since,
}: {
  storeKey: string;
  productId: string;
  /** The oldest day shown, YYYY-MM-DD. */
  since: string;
}) {
  const { t, lang } = useI18n();
  const stored = useLiveQuery(
    () => productDays(getDb(), storeKey, productId, since),
    [storeKey, productId, since],
  );
  const days = stored ?? NO_DAYS;
  const series = useMemo(() => exposureSeries(days), [days]);
  const data = useMemo<uPlot.AlignedData>(
    () => [series.days.map(dayMs), series.exposure],
    [series],
  );
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      legend: { show: false },
      scales: { x: { time: true } },
      series: [
        {},
        {
          label: t('kw.exposure'),
          stroke: '#d0491f',
          width: 2,
          spanGaps: false,
          points: { show: true },
        },
      ],
      axes: [{}, { size: 50 }],
    }),
    [t],
  );
  if (stored === undefined) return null;
  if (series.exposure.every((v) => v === null))
    return <p className="small muted">{t('kw.historyNone')}</p>;
  return (
    <div className="exposure-chart">
      <UPlotChart
        options={options}
        data={data}
        height={140}
        testId={`exposure-chart-${productId}`}
      />
      <table className="grid small sr-table" data-testid={`exposure-table-${productId}`}>
        <caption>{t('kw.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kw.day')}</th>
            <th scope="col">{t('kw.exposure')}</th>
          </tr>
        </thead>
        <tbody>
          {series.days.map((d, i) => {
            const v = series.exposure[i];
            return (
              <tr key={d}>
                <td>{d}</td>
                <td>{v === null || v === undefined ? '–' : formatCount(v, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
