import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UPlotChart } from '../charts/UPlotChart';

// A small uPlot line over visits (time on x). The figures are also given as
// text beside it (aria-label here, the numbers in the card) for screen readers.

export function Sparkline({
  at,
  values,
  label,
  color,
  testId,
}: {
  at: readonly string[];
  values: readonly (number | undefined)[];
  label: string;
  color: string;
  testId: string;
}) {
  const data = useMemo<uPlot.AlignedData>(
    () => [at.map((a) => Date.parse(a) / 1000), values.map((v) => v ?? null)],
    [at, values],
  );
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true } },
      axes: [{ show: false }, { show: false }],
      series: [{}, { label, stroke: color, width: 2, points: { show: true } }],
    }),
    [label, color],
  );
  if (values.filter((v) => v !== undefined).length < 2) return null;
  return (
    <div
      className="market-spark"
      role="img"
      aria-label={`${label}: ${values.filter((v) => v !== undefined).join(', ')}`}
    >
      <UPlotChart options={options} data={data} height={48} testId={testId} />
    </div>
  );
}
