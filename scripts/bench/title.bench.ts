import { performance } from 'node:perf_hooks';
import { analyseTitle } from '../../utils/engines/titles/analyse';
import type { KeywordRow, Site } from '../../utils/types';
import type { Figure } from './types';

// Title engine throughput: 10,000 titles with 40 keyword
// rows each, English (AliExpress, Alibaba.com) and Chinese (Taobao) mixed,
// generated from a seeded PRNG so every run measures the same work.

const TITLES = 10_000;
const ROWS_PER_TITLE = 40;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = (
  'summer dress women floral maxi boho beach pockets chiffon party sexy vintage long sleeve ' +
  'casual elegant cotton linen midi mini plus size v neck solid striped wrap belt ruffle ' +
  'holiday evening cocktail loose slim fit high waist button pleated lace print'
).split(' ');
const ZH = (
  '连衣裙 雪纺 碎花 夏季 女装 新款 法式 长裙 仙女裙 显瘦 收腰 度假 沙滩裙 小个子 ' +
  '气质 复古 宽松 高腰 棉麻 短袖 网红 韩版 中长款 吊带'
).split(' ');

interface Case {
  site: Site;
  title: string;
  rows: KeywordRow[];
}

function makeCases(): Case[] {
  const rand = prng(20251111);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const cases: Case[] = [];
  for (let i = 0; i < TITLES; i++) {
    const zh = i % 3 === 2;
    const site: Site = zh ? 'taobao' : i % 3 === 0 ? 'aliexpress' : 'alibaba';
    const vocab = zh ? ZH : EN;
    const titleWords = Array.from(
      { length: zh ? 8 + Math.floor(rand() * 6) : 10 + Math.floor(rand() * 10) },
      () => pick(vocab),
    );
    const title = zh
      ? titleWords.join('')
      : titleWords.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    const rows: KeywordRow[] = Array.from({ length: ROWS_PER_TITLE }, () => {
      const exposure = Math.floor(rand() * 20_000);
      const clicks = Math.floor(exposure * rand() * 0.05);
      const orders = rand() < 0.4 ? 0 : Math.floor(clicks * rand() * 0.1);
      const term = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(vocab)).join(' ');
      return { term, exposure, clicks, orders };
    });
    cases.push({ site, title, rows });
  }
  return cases;
}

export async function run(): Promise<Figure[]> {
  const cases = makeCases();
  // Warm-up: JIT and the Intl.Segmenter dictionaries.
  for (const c of cases.slice(0, 500)) analyseTitle(c.site, c.title, c.rows);
  let checksum = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const c of cases) checksum += analyseTitle(c.site, c.title, c.rows).score;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perSecond = (TITLES / ms) * 1000;
  const perCpuSecond = (TITLES / cpuMs) * 1000;
  const label = `${TITLES.toLocaleString('en-US')} titles × ${ROWS_PER_TITLE} keyword rows`;
  const note = `mean score ${(checksum / TITLES).toFixed(1)}`;
  // Wall time counts other processes on a shared machine; CPU time is this
  // process's own work, the steadier figure to compare runs by.
  return [
    {
      group: 'title',
      name: `titles/s, wall clock (${label})`,
      value: Math.round(perSecond),
      unit: 'titles/s',
      target: '≥ 1,000 titles/s',
      met: perSecond >= 1000,
      note: `${ms.toFixed(0)} ms wall; ${note}`,
    },
    {
      group: 'title',
      name: `titles per CPU second (${label})`,
      value: Math.round(perCpuSecond),
      unit: 'titles/s',
      target: '≥ 1,000 titles/s',
      met: perCpuSecond >= 1000,
      note: `${cpuMs.toFixed(0)} ms CPU (user + system, includes GC); ${note}`,
    },
  ];
}
