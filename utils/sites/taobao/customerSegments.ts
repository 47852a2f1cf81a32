import { TAOBAO_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { clipText, compact, parseNumber, parseRate, unwrapValue } from '../normalise';
import {
  allowlistMatcher,
  apiQuery,
  isObject,
  periodOf,
  textValue,
  type Json,
} from '../shared/console';
import { CUSTOMER_INDICATORS } from './customerIndicators';
import { openTaobao } from './envelope';
import { taobaoFailed, taobaoOk } from './result';
import type { CustomerSegmentRow, ReadResult } from '../../types';

// 生意参谋 客户 (sycm customer analysis): aggregate figures, not buyers. No
// per-buyer list is publicly known, so these are a page kind of their own.
// - overview: `/domain/oneQuery.json?domainCode=tao.shop.customer.overview…`
//   answers `data.<code>.{value, cycleCrc}` per indicator, `<code>AvgGood` as
//   the good-peer benchmark and labels in `extra.indexDesc.<code>.{text, format}`;
// - members: the same query with domain `tao.shop.customer.mbranalysis.retailer`;
// - profile: `/domain/multiQuery.json`, domain `tao.shop.customer.newprofile`,
//   crowds (`shop_crowd`, `new_crowd`, `unpur_crowd`, `purch_crowd`) of rows
//   `attrName`, `attrValue`, `shopCustomerCnt{value, ratio}`.
// Some answers wrap the envelope as `{content: {code, data}}` (opened in
// ./envelope.ts). Source: zhoushu44/DSAgent-Plugin (skills/sycm-customer) and
// xiaot916/EchoMerch, see docs/CONSOLES.md (Taobao / Tmall, customers). How the
// profile crowds nest under `data` is not public: read depth-tolerantly.

type Domain = CustomerSegmentRow['domain'];

/** sycm domain codes → our domain; the request's domainCode decides (a prefix, some carry a suffix). */
const DOMAINS: readonly (readonly [string, Domain])[] = [
  ['tao.shop.customer.overview', 'overview'],
  ['tao.shop.customer.mbranalysis', 'members'],
  ['tao.shop.customer.newprofile', 'profile'],
];

const PEER_SUFFIX = 'AvgGood';

function domainOf(query: URLSearchParams): string | undefined {
  return query.get('domainCode') ?? query.get('domain') ?? undefined;
}

const num = (v: unknown) => parseNumber(unwrapValue(v));

/** The layer holding the indicators: the deepest one with a known indicator code. */
function indicatorLayer(layers: readonly Json[], domain: Domain): Json | undefined {
  for (let i = layers.length - 1; i >= 1; i--) {
    const layer = layers[i];
    if (!layer) continue;
    if (Object.keys(layer).some((k) => CUSTOMER_INDICATORS[k]?.domain === domain)) return layer;
  }
  return undefined;
}

function labelsOf(layers: readonly Json[]): Json {
  for (const layer of layers) {
    const extra = layer.extra;
    if (isObject(extra) && isObject(extra.indexDesc)) return extra.indexDesc;
  }
  return {};
}

function indicatorRows(layers: readonly Json[], domain: Domain): CustomerSegmentRow[] {
  const data = indicatorLayer(layers, domain);
  if (!data) return [];
  const labels = labelsOf(layers);
  const rows: CustomerSegmentRow[] = [];
  for (const [code, metric] of Object.entries(data)) {
    if (CUSTOMER_INDICATORS[code]?.domain !== domain) continue;
    const rate = CUSTOMER_INDICATORS[code]?.unit === 'rate';
    const parse = rate ? (v: unknown) => parseRate(unwrapValue(v)) : num;
    const value = parse(metric);
    if (value === undefined) continue;
    const desc = labels[code];
    rows.push(
      compact({
        domain,
        indicator: code,
        label: isObject(desc) ? textValue(desc.text) : undefined,
        value,
        change: isObject(metric) ? parseNumber(metric.cycleCrc) : undefined,
        peerGood: parse(data[`${code}${PEER_SUFFIX}`]),
      }),
    );
  }
  return rows;
}

const CROWD = /_crowd$/;

/** Profile rows per crowd: `{<crowd>: [rows] | {data|list: [rows]}}` in any layer, else one flat list. */
function crowdLists(layers: readonly Json[], query: URLSearchParams): [string, unknown[]][] {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (!layer) continue;
    const crowds: [string, unknown[]][] = [];
    for (const [key, v] of Object.entries(layer)) {
      if (!CROWD.test(key)) continue;
      const list = Array.isArray(v)
        ? v
        : isObject(v)
          ? [v.data, v.list].find((x): x is unknown[] => Array.isArray(x))
          : undefined;
      if (list) crowds.push([key, list]);
    }
    if (crowds.length > 0) return crowds;
  }
  for (let i = layers.length - 1; i >= 0; i--) {
    const list = layers[i]?.data;
    if (Array.isArray(list)) return [[query.get('crowdType') ?? 'shop_crowd', list]];
  }
  return [];
}

function profileRows(layers: readonly Json[], query: URLSearchParams): CustomerSegmentRow[] {
  const rows: CustomerSegmentRow[] = [];
  for (const [crowd, list] of crowdLists(layers, query)) {
    for (const r of list) {
      if (!isObject(r)) continue;
      const attr = textValue(unwrapValue(r.attrName));
      const value = textValue(unwrapValue(r.attrValue));
      const count = isObject(r.shopCustomerCnt) ? r.shopCustomerCnt : undefined;
      const n = num(r.shopCustomerCnt);
      if (!attr || !value || n === undefined) continue;
      rows.push(
        compact({
          domain: 'profile' as const,
          indicator: clipText(`${crowd}/${attr}/${value}`, 200),
          label: clipText(`${attr}: ${value}`, 200),
          value: n,
          share: count ? parseRate(count.ratio) : undefined,
        }),
      );
    }
  }
  return rows;
}

/**
 * The domain of an answer whose request URL is not known (a bare recorded
 * body): a multiQuery is the profile; otherwise the domain whose indicator
 * codes the answer carries.
 */
function domainOfBody(api: string, layers: readonly Json[]): Domain | undefined {
  if (/multiQuery/.test(api)) return 'profile';
  for (const domain of ['overview', 'members'] as const) {
    if (indicatorLayer(layers, domain)) return domain;
  }
  return undefined;
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const query = apiQuery(capture.apiUrl || capture.api);
  const code = domainOf(query);
  const named = code === undefined ? undefined : DOMAINS.find(([p]) => code.startsWith(p))?.[1];
  if (code !== undefined && !named) {
    return taobaoFailed(
      'customerSegments',
      ctx,
      'unrecognized',
      `not recognised: sycm domain ${clipText(code, 100)} is not a customer domain Storewise reads`,
    );
  }
  const env = openTaobao(capture.body);
  if (!env.ok) return taobaoFailed('customerSegments', ctx, env.status, env.reason);
  const domain = named ?? domainOfBody(capture.api, env.layers);
  if (!domain) {
    return taobaoFailed(
      'customerSegments',
      ctx,
      'unrecognized',
      'not recognised: the domain query names no domainCode and carries no customer indicator',
    );
  }
  const rows =
    domain === 'profile' ? profileRows(env.layers, query) : indicatorRows(env.layers, domain);
  if (rows.length === 0) {
    return taobaoFailed('customerSegments', ctx, 'empty', 'the console shows no customer figures');
  }
  return taobaoOk('customerSegments', ctx, rows, periodOf(query, ctx.url.searchParams));
}

export const taobaoCustomerSegments = registerReader({
  site: 'taobao',
  pageKind: 'customerSegments',
  // sycm's customer pages (客户分析, 已购客户, 客户画像) live under /cc/customer/.
  matchesUrl: (url) =>
    url.hostname === 'sycm.taobao.com' && url.pathname.startsWith('/cc/customer/'),
  matchesApi: allowlistMatcher(TAOBAO_APIS.customerSegments),
  readJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts ('taobao/customerSegments').
