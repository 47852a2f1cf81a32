import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';

// One small wrapper around uPlot for every plot of the extension. The chart is
// a picture (aria-hidden): whoever uses it renders the same figures as text or
// a table next to it for screen readers.

export interface UPlotChartProps {
  /** uPlot options without the size; the width follows the container. */
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
  testId?: string;
}

/** uPlot draws on a 2D canvas; a DOM without one (unit tests) gets the text alternative only. */
function canvasAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export function UPlotChart({ options, data, height = 160, testId }: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el || !canvasAvailable()) return;
    const width = Math.max(200, el.clientWidth || 320);
    plot.current = new uPlot({ ...options, width, height }, data, el);
    const resize = new ResizeObserver(() => {
      const w = el.clientWidth;
      if (w > 0 && plot.current && plot.current.width !== w)
        plot.current.setSize({ width: w, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
    // Options describe the chart's shape: a new shape rebuilds it; new data only redraws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, height]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div ref={host} className="uplot-host" aria-hidden="true" data-testid={testId} />;
}
