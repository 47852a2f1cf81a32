import {
  classifyFailure,
  isObject,
  layersOf,
  parseBody,
  type EnvelopeFailure,
  type Json,
} from '../shared/console';

// Taobao/Tmall responses come in three envelopes (docs/CONSOLES.md, Taobao /
// Tmall): mtop (`{api, data, ret, v}`, h5api.m.taobao.com) on myseller;
// sycm's `{code, data, message, hasError}` on sycm.taobao.com, which some
// domain queries wrap once more as `{content: {code, data}}`; and
// sale.taobao.com's `{success, data}`. Either way a refusal is a failed read,
// never "no data" (docs/CONSOLES.md "How to read a page", step 5).

export type TaobaoEnvelope = { ok: true; layers: Json[] } | ({ ok: false } & EnvelopeFailure);

const blocked = (why: string): EnvelopeFailure => ({
  status: 'blocked',
  reason: `the console refused the request (${why}): sign in again or pass the security check, then reload`,
});

/** The message a sycm or sale.taobao.com envelope gives with a failure, if any. */
function messageOf(root: Json): string {
  for (const key of ['message', 'msg', 'errorMsg']) {
    const v = root[key];
    if (typeof v === 'string' && v) return v;
  }
  return '';
}

export function openTaobao(body: unknown): TaobaoEnvelope {
  const parsed = parseBody(body);
  if (!parsed.ok) return parsed;
  let root = parsed.root;
  // sycm's risk control answers `{"rgv587_flag":"sm","url":"…/punish…"}` in
  // place of the data: the seller must pass the slider check.
  if ('rgv587_flag' in root) {
    return { ok: false, ...blocked(`security check rgv587_flag=${String(root.rgv587_flag)}`) };
  }
  if (Array.isArray(root.ret)) {
    const first = typeof root.ret[0] === 'string' ? root.ret[0] : '';
    if (!first.startsWith('SUCCESS')) {
      const why = root.ret.filter((r): r is string => typeof r === 'string').join('; ');
      // Every FAIL_SYS_* code is the gateway refusing the session or the
      // caller (token empty or expired, user validation, traffic limit).
      if (first.startsWith('FAIL_SYS_')) return { ok: false, ...blocked(why) };
      return { ok: false, ...classifyFailure(why || 'no ret code') };
    }
  }
  if (root.data === undefined && isObject(root.content)) root = root.content;
  if (root.success === false) {
    return {
      ok: false,
      ...classifyFailure(`success false${messageOf(root) ? `, ${messageOf(root)}` : ''}`),
    };
  }
  const code = root.code;
  const codeFailed =
    (typeof code === 'number' && code !== 0 && code !== 200) ||
    (typeof code === 'string' && code !== '0' && code !== '200');
  if (codeFailed || root.hasError === true) {
    const message = messageOf(root);
    return {
      ok: false,
      ...classifyFailure(`code ${String(code)}${message ? `, ${message}` : ''}`),
    };
  }
  // sycm market (/mc/) endpoints send `data` as an encrypted string: not ours to decode.
  if (typeof root.data === 'string' && root.data.length > 0) {
    return {
      ok: false,
      status: 'unrecognized',
      reason: 'the console sent an encrypted payload: the rendered table is read instead',
    };
  }
  if (
    root.data !== undefined &&
    root.data !== null &&
    !isObject(root.data) &&
    !Array.isArray(root.data)
  ) {
    return { ok: false, status: 'unrecognized', reason: 'the response has no data object' };
  }
  return { ok: true, layers: layersOf(root) };
}

/**
 * The request's `data` parameter: mtop GET requests carry their arguments as
 * JSON there (docs/CONSOLES.md, "How to read a page", step 2). Empty when the
 * request was a POST whose form the capture does not see.
 */
export function mtopRequestData(apiUrl: string): Json {
  const q = apiUrl.indexOf('?');
  if (q < 0) return {};
  const raw = new URLSearchParams(apiUrl.slice(q + 1)).get('data');
  if (!raw) return {};
  try {
    const data = JSON.parse(raw) as unknown;
    return isObject(data) ? data : {};
  } catch {
    return {};
  }
}

/**
 * myseller's `data.result`: a JSON string holding `{success, data}` (the item
 * list, docs/CONSOLES.md Taobao productList). Parsed once more and opened as
 * an envelope of its own, so its `success: false` is a failure too.
 */
export function openResultString(layers: readonly Json[]): TaobaoEnvelope | undefined {
  for (const layer of layers) {
    const result = layer.result;
    // A client that already parsed it hands over the object.
    if (isObject(result)) return openTaobao(result);
    if (typeof result !== 'string') continue;
    let inner: unknown;
    try {
      inner = JSON.parse(result) as unknown;
    } catch {
      return { ok: false, status: 'unrecognized', reason: 'data.result is not JSON' };
    }
    return openTaobao(inner);
  }
  return undefined;
}

// A few named entities sycm puts in search terms (`&mdash;`), plus every
// numeric one. A full HTML entity table (the `entities` package's decoder is
// 32 KB of data) would not fit the isolated content script's 60 KB budget
// (scripts/bench/bundle.bench.ts); an unknown name is left as written.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  yen: '¥',
  deg: '°',
  plusmn: '±',
  reg: '®',
  trade: '™',
  copy: '©',
};

/** `text` with HTML character references decoded (docs/CONSOLES.md step 4). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
