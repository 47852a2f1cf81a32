import {
  classifyFailure,
  isObject,
  parseBody,
  type EnvelopeFailure,
  type Json,
} from '../shared/console';

// Alibaba.com (国际站) responses: data.alibaba.com's OneAction
// `{code, data, success}`, hz-productposting's `{success, value}`, and their
// error forms `{success: false, errorCode: 'NOT_LOGIN', errorMsg}`. A refusal
// is a failed read, never "no data" (docs/CONSOLES.md "How to read a page", step 3).

export type AlibabaEnvelope = { ok: true; layers: Json[] } | ({ ok: false } & EnvelopeFailure);

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function openAlibaba(body: unknown): AlibabaEnvelope {
  const parsed = parseBody(body);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  const flagFailed = [root.success, root.successed, root.isSuccess].some((f) => f === false);
  const code = root.code;
  const codeFailed =
    (typeof code === 'number' && code !== 0 && code !== 200) ||
    (typeof code === 'string' && !/^(0|200|SUCCESS|OK)$/i.test(code));
  const errorCode = str(root.errorCode ?? root.error_code);
  if (flagFailed || codeFailed || errorCode) {
    const why = [errorCode || str(code), str(root.errorMsg ?? root.msg ?? root.message)]
      .filter(Boolean)
      .join(', ');
    return { ok: false, ...classifyFailure(why || 'success: false') };
  }
  const layers: Json[] = [root];
  for (const key of ['value', 'data', 'result']) {
    let cur: unknown = root[key];
    for (let depth = 0; depth < 3 && isObject(cur); depth++) {
      layers.push(cur);
      cur = cur.data;
    }
  }
  return { ok: true, layers };
}
