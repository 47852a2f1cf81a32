import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '@/utils/sites/index';
import { applyJsonMutation, leafCount, mutateHtml, truncateJson } from './mutate';

// The fuzz is only as good as its mutations: these prove each one does what
// its name says on a real fixture, and that a page is restored exactly.

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures');
const LIST = 'https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234';
const NOW = new Date('2026-11-21T09:30:00Z');

function listPage(): Document {
  const html = readFileSync(join(FIXTURES, 'aliexpress/productList/list-zh.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const headers = (doc: Document) =>
  Array.from(doc.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
const firstBodyCells = (doc: Document) =>
  Array.from(doc.querySelector('tbody tr')?.children ?? []).map((td) => td.textContent?.trim());

describe('HTML mutations on the AliExpress product list', () => {
  it('drops a column from the header table and the body table alike, and restores it', () => {
    const doc = listPage();
    const saved = doc.documentElement.outerHTML;
    const restore = mutateHtml(doc, [{ kind: 'dropColumn', col: 3 }]);
    expect(headers(doc)).toEqual(['', '商品信息', '价格', '30天销量', '更新时间', '操作']);
    expect(firstBodyCells(doc)[3]).toBe('356');
    const result = readDocument(doc, new URL(LIST), NOW);
    if (result.status !== 'ok' || result.pageKind !== 'productList') throw new Error(result.status);
    expect(result.rows.every((r) => r.stock === undefined)).toBe(true);
    restore();
    expect(doc.documentElement.outerHTML).toBe(saved);
  });

  it('moves and duplicates columns in every row', () => {
    const doc = listPage();
    const saved = doc.documentElement.outerHTML;
    const restore = mutateHtml(doc, [
      { kind: 'moveColumn', from: 4, to: 1 },
      { kind: 'duplicateColumn', col: 3 },
    ]);
    expect(headers(doc)).toEqual([
      '',
      '30天销量',
      '商品信息',
      '价格',
      '价格',
      '库存',
      '更新时间',
      '操作',
    ]);
    expect(firstBodyCells(doc).slice(1, 6)).toEqual([
      '356',
      expect.stringContaining('ID: 1005006123456789'),
      'US $12.99 - 15.99',
      'US $12.99 - 15.99',
      '1,234',
    ]);
    restore();
    expect(doc.documentElement.outerHTML).toBe(saved);
  });

  it('duplicates, drops and reorders body rows, never header rows', () => {
    const doc = listPage();
    const saved = doc.documentElement.outerHTML;
    const ids = () =>
      Array.from(doc.querySelectorAll('tbody tr')).map(
        (tr) => /ID: (\d+)/.exec(tr.textContent ?? '')?.[1],
      );
    const restore = mutateHtml(doc, [
      { kind: 'duplicateRow', row: 0 },
      { kind: 'dropRow', row: 2 },
      { kind: 'shuffleRows', keys: [3, 2, 1] },
    ]);
    expect(ids()).toEqual(['1005005555000111', '1005006123456789', '1005006123456789']);
    expect(headers(doc)).toHaveLength(7);
    restore();
    expect(doc.documentElement.outerHTML).toBe(saved);
  });

  it('replaces a cell, or only its innermost text, and deletes the table body', () => {
    const doc = listPage();
    const saved = doc.documentElement.outerHTML;
    const restore = mutateHtml(doc, [
      { kind: 'cellText', header: false, row: 1, col: 3, deep: true, text: '1e309' },
      { kind: 'cellText', header: true, row: 0, col: 2, deep: false, text: 'NaN' },
    ]);
    expect(doc.querySelectorAll('tbody tr')[1]?.children[3]?.innerHTML).toBe(
      '<div class="next-table-cell-wrapper">1e309</div>',
    );
    expect(headers(doc)[2]).toBe('NaN');
    restore();
    expect(doc.documentElement.outerHTML).toBe(saved);
    mutateHtml(doc, [{ kind: 'dropBody' }]);
    expect(doc.querySelectorAll('tbody')).toHaveLength(0);
    expect(readDocument(doc, new URL(LIST), NOW).status).toBe('empty');
  });
});

describe('JSON mutations', () => {
  const sample = () => ({ ok: true, data: { rows: [{ id: 1 }, { id: 2 }], note: 'hi' } });

  it('drops a key, replaces a leaf or a node, duplicates and reorders array items', () => {
    const a = sample();
    applyJsonMutation(a, { kind: 'dropKey', at: 1 });
    expect(a).toEqual({ ok: true });
    const b = sample();
    applyJsonMutation(b, { kind: 'replaceLeaf', at: 2, value: -1e308 });
    expect(b.data.rows).toEqual([{ id: 1 }, { id: -1e308 }]);
    const c = sample();
    applyJsonMutation(c, { kind: 'replaceNode', at: 3, value: null });
    expect(c.data.rows).toEqual([null, { id: 2 }]);
    const d = sample();
    applyJsonMutation(d, { kind: 'duplicateRow', at: 0, row: 1 });
    expect(d.data.rows).toEqual([{ id: 1 }, { id: 2 }, { id: 2 }]);
    applyJsonMutation(d, { kind: 'shuffleArray', at: 0, keys: [2, 1, 0] });
    expect(d.data.rows).toEqual([{ id: 2 }, { id: 2 }, { id: 1 }]);
  });

  it('truncates a body after n leaves, closing what was open and cutting the last string', () => {
    const body = { a: 1, b: [2, 3], c: 'hello', d: { e: null } };
    expect(leafCount(body)).toBe(5);
    expect(truncateJson(body, 0, 0)).toEqual({});
    expect(truncateJson(body, 2, 0)).toEqual({ a: 1, b: [2] });
    expect(truncateJson(body, 4, 2)).toEqual({ a: 1, b: [2, 3], c: 'he' });
    expect(truncateJson(body, 5, 0)).toEqual(body);
  });
});
