import {
  classifyFailure,
  isObject,
  layersOf,
  parseBody,
  type EnvelopeFailure,
  type Json,
} from '../shared/console';

// Taobao/Tmall responses come in two envelopes: mtop (`{api, data, ret, v}`,
// h5api.m.taobao.com) on myseller, and sycm's `{code, data, message,
// hasError}` on sycm.taobao.com. Either way a refusal is a failed read, never
// "no data" (CONSOLES.md "How to read a page", step 3).

export type TaobaoEnvelope = { ok: true; layers: Json[] } | ({ ok: false } & EnvelopeFailure);

export function openTaobao(body: unknown): TaobaoEnvelope {
  const parsed = parseBody(body);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  if (Array.isArray(root.ret)) {
    const first = typeof root.ret[0] === 'string' ? root.ret[0] : '';
    if (!first.startsWith('SUCCESS')) {
      const why = root.ret.filter((r): r is string => typeof r === 'string').join('; ');
      return { ok: false, ...classifyFailure(why || 'no ret code') };
    }
  }
  const code = root.code;
  const codeFailed =
    (typeof code === 'number' && code !== 0) ||
    (typeof code === 'string' && code !== '0' && code !== '200');
  if (codeFailed || root.hasError === true) {
    const message =
      typeof root.message === 'string'
        ? root.message
        : typeof root.msg === 'string'
          ? root.msg
          : '';
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
