import { registerReader, type ReadContext } from '../registry';
import { readTable, type Aliases } from '../dom';
import { compact, parseNumber } from '../normalise';
import { periodFromText } from './productRank';
import { higherIsBetter, indicatorUnit } from './abilityIndicators';
import { failed, missingColumns, ok } from './store';
import type { AbilityRow, IndicatorUnit, ReadResult } from '../../types';

// AliExpress store operating-ability model / assessment (运营能力模型).
// Unknown: DOM only (docs/CONSOLES.md "AliExpress", abilityModel): no public
// API shape; the assessment page is an HTML table, read by labels. Dimensions usually span their
// indicators with rowspan; readTable carries the spanning cell down.

type Field = 'dimension' | 'indicator' | 'value' | 'peerAverage' | 'peerExcellent';

export const ABILITY_COLUMNS: Aliases<Field> = {
  dimension: ['维度', '能力维度', '考核维度', '能力项', 'Dimension', 'Ability', 'Capability'],
  indicator: ['指标', '考核指标', '指标名称', 'Indicator', 'Metric', 'Indicator name'],
  value: [
    '本店',
    '本店值',
    '店铺值',
    '我的店铺',
    '本店数据',
    'Store value',
    'Your store',
    'My store',
    'Store',
  ],
  peerAverage: [
    '同行平均',
    '类目平均',
    '同层平均',
    '同行平均值',
    'Category average',
    'Peer average',
    'Industry average',
  ],
  peerExcellent: [
    '同行优秀',
    '类目优秀',
    '同层优秀',
    'Category excellent',
    'Peer excellent',
    'Excellent',
  ],
};

/**
 * A row's cell values in its unit: a rate is a fraction like every rate of the
 * snapshot contract (`12.5%` → 0.125). Bare numbers under a rate name are
 * percents when any of the row's cells is above 1 or shows `%` (1.9 / 2.3 /
 * 0.48 is 1.9%, 2.3%, 0.48%); `--` is absent.
 */
function valuesOf(
  texts: readonly (string | undefined)[],
  unit: IndicatorUnit,
): (number | undefined)[] {
  const numbers = texts.map((t) => parseNumber(t));
  if (unit !== 'rate') return numbers;
  const percent =
    texts.some((t) => (t ?? '').includes('%')) ||
    numbers.some((n) => n !== undefined && Math.abs(n) > 1);
  return numbers.map((n) => (n === undefined || !percent ? n : Math.round(n * 1e6) / 1e8));
}

function readAbilityDom(doc: Document, ctx: ReadContext): ReadResult {
  const table = readTable(doc, ABILITY_COLUMNS, ['indicator', 'value']);
  if (!table.ok) return missingColumns('abilityModel', ctx, 'ability table', table.missing);
  const rows: AbilityRow[] = [];
  let dimension = '';
  for (const cells of table.rows) {
    const indicator = cells.indicator?.text;
    dimension = cells.dimension?.text || dimension;
    if (!indicator) continue;
    const texts = [cells.value?.text, cells.peerAverage?.text, cells.peerExcellent?.text];
    const unit = indicatorUnit(indicator, texts);
    const [value, peerAverage, peerExcellent] = valuesOf(texts, unit);
    if (value === undefined) continue;
    rows.push(
      compact({
        dimension: dimension || indicator,
        indicator,
        value,
        peerAverage,
        peerExcellent,
        higherIsBetter: higherIsBetter(indicator),
        unit,
      }),
    );
  }
  if (rows.length === 0)
    return failed(
      'abilityModel',
      ctx,
      'empty',
      'the operating-ability model shows no indicators (stores below ~60 orders get none)',
    );
  const period = periodFromText(doc);
  return ok('abilityModel', ctx, 'dom', rows, { doc, ...(period ? { period } : {}) });
}

export const aliexpressAbilityModel = registerReader({
  site: 'aliexpress',
  pageKind: 'abilityModel',
  matchesUrl: (url) =>
    /\/m_apps\/(store-assessment[\w-]*|[\w-]*ability[\w-]*|[\w-]*operation-model[\w-]*)\//i.test(
      url.pathname,
    ),
  readDom: readAbilityDom,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
