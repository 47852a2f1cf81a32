import { buyerSiteOfHost, siteOfHost, type Site } from './hosts';
import { detectBlocked } from './dom';
import { runSteps, type Steps } from './steps';
import type { FailedResult, PageKind, ReadResult } from '../types';

// One registry for every reader of every marketplace. Each site folder
// registers its readers (utils/sites/<site>/index.ts); utils/sites/index.ts
// imports every site. Readers are pure: the caller passes the Document or the
// captured JSON, the URL and the clock.

export interface ReadContext {
  url: URL;
  now: Date;
  /** The page a captured response arrived on, for page-level facts such as the store id (JSON path only). */
  doc?: Document;
}

/**
 * A captured API response as readers see it: its API name (mtop `api`,
 * Alibaba.com `iName`, or the request path), the full request URL (query
 * included; '' when unknown, e.g. a bare recorded body) and the parsed body.
 * Built from a capture record by `captureFromRecord` (utils/sites/shared/record.ts).
 */
export interface Capture {
  api: string;
  apiUrl: string;
  body: unknown;
}

/**
 * Routing inside a generic API (docs/CONSOLES.md "How to read a page", step
 * 3): one API serves several tables, and a request parameter names the table.
 */
export interface RequestRoute {
  /**
   * The parameter naming the table: a query key of the request URL, or
   * `data.<key>` for a key inside the JSON of its `data` parameter (mtop GET
   * requests carry their arguments there).
   */
  param: string;
  /** The tables this reader reads. */
  owns(table: string): boolean;
  /**
   * The reader's table name is not publicly known: a table no reader owns,
   * captured on this reader's own page, comes here and the reader checks its
   * rows. Elsewhere an unowned table stays `unrecognized`.
   */
  unknownOnOwnPage?: boolean;
}

export interface PageReader {
  site: Site;
  pageKind: PageKind;
  /** Does this reader own the page at `url`? */
  matchesUrl(url: URL): boolean;
  /** Does this reader own responses of API `api`? */
  matchesApi?(api: string): boolean;
  /** Which of a generic API's tables this reader owns, by request parameter. */
  request?: RequestRoute;
  readDom?(doc: Document, ctx: ReadContext): ReadResult;
  /**
   * The DOM read as steps that may pause between rows (utils/sites/steps.ts),
   * for the content script's sliced read; registerReader derives readDom from it.
   */
  readDomSteps?(doc: Document, ctx: ReadContext): Steps<ReadResult>;
  readJson?(capture: Capture, ctx: ReadContext): ReadResult;
}

const REGISTRY: PageReader[] = [];

export function registerReader(given: PageReader): PageReader {
  if (REGISTRY.some((r) => r.site === given.site && r.pageKind === given.pageKind)) {
    throw new Error(`reader ${given.site}/${given.pageKind} is registered twice`);
  }
  const steps = given.readDomSteps;
  const reader: PageReader =
    steps && !given.readDom
      ? { ...given, readDom: (doc, ctx) => runSteps(steps(doc, ctx)) }
      : given;
  REGISTRY.push(reader);
  return reader;
}

export function registeredReaders(): readonly PageReader[] {
  return REGISTRY;
}

// Buyer-side page kinds, spelled out here: importing utils/types.ts would put zod into every content script.
const BUYER_KINDS: ReadonlySet<PageKind> = new Set<PageKind>(['searchResults', 'listing']);

/** The marketplace of a page: a seller-console host, else a buyer-side host. */
function siteOfPage(url: URL): Site | undefined {
  return siteOfHost(url.hostname) ?? buyerSiteOfHost(url.hostname);
}

/**
 * The reader of the page at `url`. A console host is read only by console
 * readers and a shopper's page only by buyer-side readers, so neither can
 * claim the other's page by path alone.
 */
export function readerForUrl(url: URL): PageReader | undefined {
  const site = siteOfPage(url);
  if (!site) return undefined;
  const buyer = siteOfHost(url.hostname) === undefined;
  return REGISTRY.find(
    (r) => r.site === site && BUYER_KINDS.has(r.pageKind) === buyer && r.matchesUrl(url),
  );
}

/** Whether a registered reader reads responses of API `api` (its allowlisted APIs). */
export function readsApi(api: string): boolean {
  return REGISTRY.some((r) => r.matchesApi?.(api));
}

export function readerForApi(api: string, url: URL): PageReader | undefined {
  const site = siteOfPage(url);
  const own = REGISTRY.filter((r) => r.matchesApi?.(api));
  return (
    own.find((r) => r.site === site && r.matchesUrl(url)) ??
    own.find((r) => r.site === site) ??
    own[0]
  );
}

/**
 * A request parameter of `apiUrl`: a query key, or `data.<key>` read from the
 * JSON `data` parameter. Undefined when the URL has no such parameter (a POST
 * carries its arguments in the request body, which the capture does not keep).
 */
export function requestParam(apiUrl: string, param: string): string | undefined {
  if (!apiUrl) return undefined;
  let query: URLSearchParams;
  try {
    query = new URL(apiUrl, 'https://invalid.local/').searchParams;
  } catch {
    return undefined;
  }
  if (!param.startsWith('data.')) return query.get(param) ?? undefined;
  const raw = query.get('data');
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
  const value =
    data && typeof data === 'object'
      ? (data as Record<string, unknown>)[param.slice(5)]
      : undefined;
  return typeof value === 'string' && value ? value : undefined;
}

type Routed = { reader: PageReader } | { table: string; api: string };

/**
 * The reader of a capture: by API name, then, for a generic API, by the table
 * its request names, then by the page. A table no reader owns is named back,
 * never handed to whichever reader owns the page.
 */
export function routeCapture(capture: Capture, url: URL): Routed | undefined {
  const own = REGISTRY.filter((r) => r.matchesApi?.(capture.api));
  const routed = own.filter((r) => r.request);
  for (const param of new Set(routed.map((r) => r.request?.param))) {
    if (!param) continue;
    const table = requestParam(capture.apiUrl, param);
    if (table === undefined) continue;
    const candidates = routed.filter((r) => r.request?.param === param);
    const reader =
      candidates.find((r) => r.request?.owns(table)) ??
      candidates.find((r) => r.request?.unknownOnOwnPage && r.matchesUrl(url));
    return reader ? { reader } : { table, api: capture.api };
  }
  // No table named in the URL (a POST request, or a recorded body without
  // its URL): the page the seller is on decides, as before routing existed.
  const reader = readerForApi(capture.api, url);
  return reader ? { reader } : undefined;
}

function fail(
  status: FailedResult['status'],
  url: URL,
  reason: string,
  reader?: Pick<PageReader, 'site' | 'pageKind'>,
  site?: Site,
): FailedResult {
  const out: FailedResult = { status, url: url.href, reason };
  const s = reader?.site ?? site;
  if (s) out.site = s;
  if (reader) out.pageKind = reader.pageKind;
  return out;
}

/**
 * Guards a reader: an exception becomes `unrecognized`, never a throw. (The
 * background validates every result against the zod contract; keeping zod out
 * of here keeps the content scripts small.)
 */
function guarded(reader: PageReader, url: URL, run: () => ReadResult): ReadResult {
  try {
    return run();
  } catch (e) {
    return fail(
      'unrecognized',
      url,
      `reader failed: ${e instanceof Error ? e.message : String(e)}`,
      reader,
    );
  }
}

/** Reads a rendered console page (the DOM path). */
export function readDocument(doc: Document, url: URL, now: Date = new Date()): ReadResult {
  return runSteps(readDocumentSteps(doc, url, now));
}

/**
 * readDocument as steps: a reader with readDomSteps may pause between rows, so
 * the content script can spread a 1,000-row read over short tasks. Drained at
 * once it is readDocument.
 */
export function* readDocumentSteps(
  doc: Document,
  url: URL,
  now: Date = new Date(),
): Steps<ReadResult> {
  const site = siteOfPage(url);
  const blocked = detectBlocked(doc, url);
  if (blocked) return fail('blocked', url, blocked, readerForUrl(url), site);
  const reader = readerForUrl(url);
  if (!reader)
    return fail(
      'unrecognized',
      url,
      `no reader for this page: ${url.hostname}${url.pathname}`,
      undefined,
      site,
    );
  if (!reader.readDom)
    return fail(
      'unrecognized',
      url,
      `${reader.site}/${reader.pageKind} is read from its API only`,
      reader,
    );
  const ctx = { url, now };
  const steps = reader.readDomSteps;
  if (!steps) {
    const readDom = reader.readDom;
    return guarded(reader, url, () => readDom(doc, ctx));
  }
  try {
    return yield* steps(doc, ctx);
  } catch (e) {
    return guarded(reader, url, () => {
      throw e;
    });
  }
}

/** Reads a captured API response (the JSON path). */
export function readCapture(
  capture: Capture,
  url: URL,
  now: Date = new Date(),
  doc?: Document,
): ReadResult {
  const routed = routeCapture(capture, url);
  if (routed && 'table' in routed) {
    return fail(
      'unrecognized',
      url,
      `not recognised: table ${routed.table} of API ${routed.api} is not one Storewise reads`,
      readerForUrl(url),
      siteOfHost(url.hostname),
    );
  }
  const reader = routed?.reader;
  if (!reader?.readJson) {
    return fail(
      'unrecognized',
      url,
      `no reader for API ${capture.api}`,
      undefined,
      siteOfPage(url),
    );
  }
  const readJson = reader.readJson;
  return guarded(reader, url, () => readJson(capture, doc ? { url, now, doc } : { url, now }));
}
