import { afterEach, describe, expect, it } from 'vitest';
import {
  digestOf,
  foreignChange,
  inSlices,
  primeDom,
  readInSlices,
  yieldToPage,
} from '@/utils/capture/domPrime';
import { readDocument, readDocumentSteps } from '@/utils/sites';
import { forgetDom, memoiseDom, readTable, stopMemoisingDom, textOf } from '@/utils/sites/dom';

// The content script's reading off the critical path: slices that yield, one
// parse of a DOM state shared by every read of it, our own overlay's changes
// ignored, and a digest instead of a string of every row.

const ALIASES = { product: ['Product'], price: ['Price'] } as const;

function table(rows: number): void {
  const body = Array.from(
    { length: rows },
    (_, i) => `<tr><td>Dress ${i} ID: 10050${i}</td><td>US $${i}.50</td><td><a>Edit</a></td></tr>`,
  ).join('');
  document.body.innerHTML = `<table><thead><tr><th>Product</th><th>Price</th><th>Actions</th></tr></thead><tbody>${body}</tbody></table>`;
}

afterEach(() => {
  stopMemoisingDom();
  document.body.innerHTML = '';
});

describe('reading the page in slices', () => {
  it('inSlices yields to the page between slices and runs every step', async () => {
    let now = 0;
    const win = {
      performance: { now: () => (now += 10) },
      setTimeout: (f: () => void) => setTimeout(f, 0),
    } as unknown as Window;
    const seen: number[] = [];
    let yields = 0;
    const items = Array.from({ length: 100 }, (_, i) => i);
    const real = win.setTimeout;
    (win as { setTimeout: unknown }).setTimeout = (f: () => void) => {
      yields += 1;
      return real(f);
    };
    expect(await inSlices(items, (i) => seen.push(i), { win, perCheck: 10 })).toBe(true);
    expect(seen).toEqual(items);
    // Each look at the clock (every 10 items) finds the 8 ms slice used up.
    expect(yields).toBe(10);
  });

  it('yieldToPage uses scheduler.yield where the browser has it', async () => {
    let called = 0;
    const win = { scheduler: { yield: () => ((called += 1), Promise.resolve()) } };
    await yieldToPage(win as unknown as Window);
    expect(called).toBe(1);
  });

  it('a primed DOM state reads the same table as an unprimed one, and forgets on change', async () => {
    table(300);
    const cold = readTable(document, ALIASES, ['product']);
    memoiseDom();
    await primeDom(document);
    const warm = readTable(document, ALIASES, ['product']);
    expect(warm).toEqual(cold);
    expect(warm.ok && warm.rows[7]?.price?.text).toBe('US $7.50');

    const cell = document.querySelectorAll('tbody tr')[7]!.children[1]!;
    cell.textContent = 'US $99.00';
    // Without being told, the memo still answers the old text…
    expect(textOf(cell)).toBe('US $7.50');
    // …the content script's observer tells it on every change of the page.
    forgetDom();
    const after = readTable(document, ALIASES, ['product']);
    expect(after.ok && after.rows[7]?.price?.text).toBe('US $99.00');
  });
});

describe('assembling the rows in slices', () => {
  const URL_LIST = new URL('https://gsp.aliexpress.com/m_apps/productManage/list-manage');
  const NOW = new Date('2026-03-02T08:00:00Z');
  /** A clock that moves 10 ms per look, and a window that counts its yields. */
  function slowWindow(): { win: Window; yields: () => number } {
    let now = 0;
    let yields = 0;
    const win = {
      performance: { now: () => (now += 10) },
      setTimeout: (f: () => void) => ((yields += 1), setTimeout(f, 0)),
    } as unknown as Window;
    return { win, yields: () => yields };
  }

  /** An AliExpress product list: title cells carry `ID: <digits>`. */
  function productList(rows: number): void {
    const body = Array.from(
      { length: rows },
      (_, i) =>
        `<tr><td>Dress ${i} ID: ${1005006000000 + i}</td><td>US $${i}.50</td><td>${i * 3}</td></tr>`,
    ).join('');
    document.body.innerHTML = `<table><thead><tr><th>Product</th><th>Price</th><th>Stock</th></tr></thead><tbody>${body}</tbody></table>`;
  }

  it('reads the same result as the synchronous readDocument, over several slices', async () => {
    productList(120);
    const whole = readDocument(document, URL_LIST, NOW);
    const { win, yields } = slowWindow();
    const sliced = await readInSlices(readDocumentSteps(document, URL_LIST, NOW), {
      win,
      perCheck: 10,
    });
    expect(sliced).toEqual(whole);
    expect(sliced?.status === 'ok' && sliced.rows.length).toBe(120);
    expect(sliced?.status === 'ok' && sliced.rows[3]).toEqual({
      productId: '1005006000003',
      title: 'Dress 3',
      price: { amount: 3.5, currency: 'USD' },
      stock: 9,
    });
    // 120 rows of the table plus 120 of the reader, a look at the clock every 10 steps.
    expect(yields()).toBeGreaterThanOrEqual(20);
  });

  it('stops without a result when told the page changed', async () => {
    productList(120);
    const { win } = slowWindow();
    let looks = 0;
    const sliced = await readInSlices(readDocumentSteps(document, URL_LIST, NOW), {
      win,
      perCheck: 10,
      stop: () => ++looks >= 3,
    });
    expect(sliced).toBeUndefined();
    expect(looks).toBe(3);
  });
});

describe('our own overlay is not a page change', () => {
  const records = async (change: () => void): Promise<MutationRecord[]> => {
    const got: MutationRecord[] = [];
    const observer = new MutationObserver((r) => got.push(...r));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    change();
    await new Promise((r) => setTimeout(r, 0));
    got.push(...observer.takeRecords());
    observer.disconnect();
    return got;
  };

  it('a badge host placed beside a title or removed again is ours; a console re-render is not', async () => {
    table(3);
    const anchor = document.querySelector('td')!;
    const host = document.createElement('span');
    host.dataset.storewise = 'badge';
    const placed = await records(() => anchor.append(host));
    expect(placed.length).toBeGreaterThan(0);
    expect(foreignChange(placed)).toBe(false);
    expect(foreignChange(await records(() => host.remove()))).toBe(false);
    expect(foreignChange(await records(() => anchor.append('new text')))).toBe(true);
  });
});

describe('digestOf', () => {
  it('is equal for equal reads and differs when any field differs', () => {
    const rows = [
      { productId: '1', title: 'Dress', price: { amount: 1.5, currency: 'USD' } },
      { productId: '2', title: 'Shirt', stock: 4 },
    ];
    const same = digestOf(['productList', '2001234', structuredClone(rows)]);
    expect(digestOf(['productList', '2001234', rows])).toBe(same);
    expect(digestOf(['productList', '2001234', [rows[0], { ...rows[1], stock: 5 }]])).not.toBe(
      same,
    );
    expect(digestOf(['productList', '2001234', [rows[1], rows[0]]])).not.toBe(same);
    expect(digestOf(['ab', 'c'])).not.toBe(digestOf(['a', 'bc']));
    expect(same).toMatch(/^[0-9a-z]{1,11}$/);
  });
});
