import { describe, expect, it } from 'vitest';
import { readDocument } from '@/utils/sites/index';
import { indicatorUnit } from '@/utils/sites/aliexpress/abilityIndicators';
import { formatIndicator } from '@/utils/engines/tiers/shared';
import { assessCapability } from '@/utils/engines/tiers/capability';
import { expectOk, NOW } from './helpers';

const page = (rows: string) =>
  new DOMParser().parseFromString(
    `<html><body><table><thead><tr><th>维度</th><th>指标</th><th>本店</th><th>同行平均</th><th>同行优秀</th></tr></thead><tbody>${rows}</tbody></table></body></html>`,
    'text/html',
  );
const URL_ = new URL('https://csp.aliexpress.com/m_apps/store-assessment-new/assessment');

describe('capability indicators keep their unit', () => {
  it('stores 动销率 42.5% as 0.425, a rate, and each row with the unit its cells show', () => {
    const rows = expectOk(
      readDocument(
        page(
          [
            '<tr><td>商品能力</td><td>动销率</td><td>42.5%</td><td>38%</td><td>61.2%</td></tr>',
            '<tr><td>商品能力</td><td>在售商品数</td><td>86</td><td>120</td><td>350</td></tr>',
            '<tr><td>承接能力</td><td>客单价</td><td>US $23.40</td><td>US $19.00</td><td>US $31.50</td></tr>',
            '<tr><td>服务能力</td><td>服务分</td><td>4.6分</td><td>4.5分</td><td>4.8分</td></tr>',
            '<tr><td>物流能力</td><td>发货时长</td><td>3.4天</td><td>2.9天</td><td>2.1天</td></tr>',
            // A bare number under a rate name is a percent: 1.9 is 1.9%.
            '<tr><td>承接能力</td><td>支付转化率</td><td>1.9</td><td>2.3</td><td>0.48</td></tr>',
          ].join(''),
        ),
        URL_,
        NOW,
      ),
      'abilityModel',
    );
    expect(rows.map((r) => [r.indicator, r.value, r.peerAverage, r.peerExcellent, r.unit])).toEqual(
      [
        ['动销率', 0.425, 0.38, 0.612, 'rate'],
        ['在售商品数', 86, 120, 350, 'count'],
        ['客单价', 23.4, 19, 31.5, 'money'],
        ['服务分', 4.6, 4.5, 4.8, 'score'],
        ['发货时长', 3.4, 2.9, 2.1, 'days'],
        ['支付转化率', 0.019, 0.023, 0.0048, 'rate'],
      ],
    );
  });

  it.each([
    ['Positive review rate', ['97'], 'rate'],
    ['Shipping time (days)', ['3.4'], 'days'],
    ['GMV', ['12,000'], 'money'],
    ['Store rating', ['4.7'], 'score'],
    ['Listings', ['86'], 'count'],
  ] as const)('names the unit of %s from its name when the cells are bare', (name, cells, unit) => {
    expect(indicatorUnit(name, cells)).toBe(unit);
  });

  it('formats each unit as the console shows it', () => {
    expect(formatIndicator(0.425, 'rate', 'en')).toBe('42.5%');
    expect(formatIndicator(0.0082, 'rate', 'zh')).toBe('0.82%');
    expect(formatIndicator(3.4, 'days', 'en')).toBe('3.4 days');
    expect(formatIndicator(3.4, 'days', 'zh')).toBe('3.4天');
    expect(formatIndicator(23.4, 'money', 'en')).toBe('23.4');
    expect(formatIndicator(86, 'count', 'en')).toBe('86');
    expect(formatIndicator(0.82, undefined, 'en')).toBe('0.82');
  });

  it('explains a rate in percent', () => {
    const a = assessCapability({
      rows: [
        {
          dimension: '商品能力',
          indicator: '动销率',
          value: 0.3,
          peerAverage: 0.425,
          peerExcellent: 0.6,
          higherIsBetter: true,
          unit: 'rate',
        },
      ],
    });
    if (a.status !== 'ok') throw new Error(`expected an assessment, got ${a.status}`);
    expect(a.weakest[0]?.explanation).toEqual({
      en: '动销率 is 30%, below the category average of 42.5%; excellent stores reach 60% (higher is better).',
      zh: '动销率为30%，低于同行平均42.5%，同行优秀为60%（越高越好）。',
    });
  });
});
