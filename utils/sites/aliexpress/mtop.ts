import { apiNameFromUrl } from '../apis';
import { clipText, unwrapValue } from '../normalise';

// mtop envelopes `{api, data, ret, v}` as AliExpress's seller-acs gateway sends
// them (CONSOLES.md "How to read a page", step 3). The payload sits at `data`,
// `data.data` or `data.data.data` depending on the API, so readers walk the
// layers instead of hard-coding one depth; `ret[0]` not starting with SUCCESS
// is a failed read, never "no data".

export type Json = Record<string, unknown>;

export type Envelope =
  { ok: true; layers: Json[] } | { ok: false; status: 'blocked' | 'unrecognized'; reason: string };

/** ret codes that mean "the session is gone or a security check stands in the way". */
const BLOCKED_RET = /session|login|FAIL_SYS_USER_VALIDATE|RGV587|FAIL_SYS_TOKEN|令牌|登录/i;

/** Longest ret text quoted in a failure reason (the contract caps reasons at 2,000). */
const MAX_WHY_CHARS = 300;

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Opens an envelope (or a bare payload): the object layers body, data, data.data, data.data.data. */
export function openEnvelope(body: unknown): Envelope {
  let root = body;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root) as unknown;
    } catch {
      return { ok: false, status: 'unrecognized', reason: 'the response is not JSON' };
    }
  }
  if (!isObject(root))
    return { ok: false, status: 'unrecognized', reason: 'the response is not an object' };
  const ret = root.ret;
  if (Array.isArray(ret)) {
    const first = typeof ret[0] === 'string' ? ret[0] : '';
    if (!first.startsWith('SUCCESS')) {
      // ret codes are the API's own text: cut them so the reason stays within the contract.
      const why = clipText(
        ret.filter((r): r is string => typeof r === 'string').join('; ') || 'no ret code',
        MAX_WHY_CHARS,
      );
      return BLOCKED_RET.test(why)
        ? {
            ok: false,
            status: 'blocked',
            reason: `the console refused the request (${why}): sign in again or pass the security check, then reload`,
          }
        : { ok: false, status: 'unrecognized', reason: `the console API failed: ${why}` };
    }
  }
  const layers: Json[] = [root];
  let cur: unknown = root.data;
  for (let depth = 0; depth < 3 && isObject(cur); depth++) {
    layers.push(cur);
    cur = cur.data;
  }
  return { ok: true, layers };
}

/** The first array at one of `paths` (dotted) in any layer, deepest layer first. */
export function findArray(
  layers: readonly Json[],
  paths: readonly string[],
): unknown[] | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (!layer) continue;
    for (const path of paths) {
      const v = at(layer, path);
      if (Array.isArray(v)) return v;
    }
  }
  return undefined;
}

/** The first value of `key` found in any layer, deepest first. */
export function findValue(layers: readonly Json[], key: string): unknown {
  for (let i = layers.length - 1; i >= 0; i--) {
    const v = layers[i]?.[key];
    if (v !== undefined && v !== null) return unwrapValue(v);
  }
  return undefined;
}

/** A dotted path, unwrapping `{value, cycleCrc}` at the end. */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return unwrapValue(cur);
}

/** The value of the first alias path that is present (not undefined/null/''). */
export function pick(row: Json, aliases: readonly string[]): unknown {
  for (const path of aliases) {
    const v = at(row, path);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** A row's id as a string of digits-and-letters, or undefined. */
export function idOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && /^[\w-]{1,64}$/.test(v.trim())) return v.trim();
  return undefined;
}

export function textValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * Does a capture's API name `api` name `expected`? A capture record may carry
 * the request URL (`apiUrl`) instead of the bare name, so a URL is reduced to
 * its mtop name first.
 */
export function sameApi(api: string, expected: string): boolean {
  return (apiNameFromUrl(api) ?? api).toLowerCase() === expected;
}
