import './charts.css';

// A grouped bar chart in SVG: one group per category, one bar per series, on a
// 0..max scale. Small enough to need no canvas, and a picture only
// (aria-hidden): the caller renders the figures as a table too.

export interface BarSeries {
  label: string;
  color: string;
}

export interface BarGroup {
  label: string;
  /** One value per series; null draws no bar. */
  values: readonly (number | null)[];
}

export interface GroupedBarsProps {
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  max?: number;
  testId?: string;
}

const WIDTH = 320;
const BAR_AREA = 110;
const LABEL_AREA = 28;

export function GroupedBars({ series, groups, max = 100, testId }: GroupedBarsProps) {
  const groupWidth = WIDTH / Math.max(1, groups.length);
  const barWidth = Math.max(4, (groupWidth * 0.7) / Math.max(1, series.length));
  const pad = (groupWidth - barWidth * series.length) / 2;
  return (
    <figure className="chart" data-testid={testId}>
      <svg
        className="bars-chart"
        viewBox={`0 0 ${WIDTH} ${BAR_AREA + LABEL_AREA}`}
        aria-hidden="true"
        focusable="false"
      >
        <line x1={0} x2={WIDTH} y1={BAR_AREA} y2={BAR_AREA} stroke="var(--line)" />
        {groups.map((g, gi) =>
          g.values.map((v, si) => {
            if (v === null) return null;
            const h = (Math.max(0, Math.min(max, v)) / max) * (BAR_AREA - 4);
            return (
              <rect
                key={`${gi}-${si}`}
                x={gi * groupWidth + pad + si * barWidth}
                y={BAR_AREA - h}
                width={barWidth - 1}
                height={h}
                fill={series[si]?.color ?? 'currentColor'}
              />
            );
          }),
        )}
        {groups.map((g, gi) => (
          <text
            key={g.label}
            x={gi * groupWidth + groupWidth / 2}
            y={BAR_AREA + 14}
            textAnchor="middle"
          >
            {g.label}
          </text>
        ))}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <span className="swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
