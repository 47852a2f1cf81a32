import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, redactBody, redactText, redactUrl } from '@/utils/redact/redact';

// "Copy a redacted sample": keys and structure stay, every value becomes its
// type and size class. The exact outputs below are written out by hand.

describe('redact: exact output', () => {
  it('keeps keys and nesting and replaces every value', () => {
    expect(
      redact({
        successed: true,
        value: {
          products: {
            recordCount: 2,
            data: [
              { id: 1600123456789, subject: 'Custom Logo Cotton T-Shirt', sumProdFbRate: 0.0532 },
            ],
          },
          note: null,
          empty: '',
          list: [],
        },
      }),
    ).toEqual({
      successed: '<boolean>',
      value: {
        products: {
          recordCount: '<number:int>',
          data: [
            { id: '<number:int>', subject: '<string:medium>', sumProdFbRate: '<number:decimal>' },
          ],
        },
        note: null,
        empty: '<string:empty>',
        list: [],
      },
    });
  });

  it('names the kind of a text value without keeping it', () => {
    expect(
      [
        '¥ 19.80',
        '1,234',
        '12.5%',
        '3.5万',
        'US $12.99',
        'USD 3.63',
        'v8812',
        '--',
        '2024-05-01',
        '2024-05-01 10:00:00',
        'https://img.alicdn.com/x.jpg',
        '//detail.tmall.com/item.htm?id=1',
        '夏季纯棉短袖T恤',
        'x'.repeat(17),
        'x'.repeat(129),
        '   ',
      ].map(redactText),
    ).toEqual([
      '<string:number>',
      '<string:number>',
      '<string:number>',
      '<string:number>',
      '<string:number>',
      '<string:number>',
      '<string:short>',
      '<string:dash>',
      '<string:date>',
      '<string:date>',
      '<string:url>',
      '<string:url>',
      '<string:short>',
      '<string:medium>',
      '<string:long>',
      '<string:empty>',
    ]);
  });

  it('keeps up to three array items and says how many more there were, in words', () => {
    expect(redact([1, 2, 3, 4, 5])).toEqual([
      '<number:int>',
      '<number:int>',
      '<number:int>',
      '<more:few>',
    ]);
    expect(redact(Array.from({ length: 153 }, () => 'a'))).toEqual([
      '<string:short>',
      '<string:short>',
      '<string:short>',
      '<more:many>',
    ]);
    expect(redact(['a', 'b'], { maxItems: 1 })).toEqual(['<string:short>', '<more:few>']);
  });

  it('structures a field that holds JSON as text (Taobao data.result)', () => {
    const body = {
      api: 'mtop.tmall.sell.pc.manage.async',
      ret: ['SUCCESS::调用成功'],
      data: {
        result: JSON.stringify({
          success: true,
          data: {
            table: {
              dataSource: [{ itemId: 6123456789012, itemDesc: { desc: [{ text: '冰丝袖套' }] } }],
            },
          },
        }),
      },
    };
    expect(redact(body)).toEqual({
      api: '<string:medium>',
      ret: ['<string:short>'],
      data: {
        result: {
          '<json>': {
            success: '<boolean>',
            data: {
              table: {
                dataSource: [
                  { itemId: '<number:int>', itemDesc: { desc: [{ text: '<string:short>' }] } },
                ],
              },
            },
          },
        },
      },
    });
  });

  it('keys that are data (ids, dates, titles) show one example entry and a count class', () => {
    expect(
      redact({
        skuPriceInfoMap: {
          '12000034567890': { price: 9.9 },
          '12000034567891': { price: 12.5 },
          '12000034567892': { price: 15 },
        },
        '2024-05-01': 3,
        夏季纯棉短袖: 1,
      }),
    ).toEqual({
      skuPriceInfoMap: { '<key>': { price: '<number:decimal>' }, '<more keys>': '<more:few>' },
      '<key>': '<number:int>',
      '<more keys>': '<more:few>',
    });
  });

  it('stops at the depth limit', () => {
    expect(redact({ a: { b: { c: 1 } }, d: [[1]] }, { maxDepth: 2 })).toEqual({
      a: { b: '<object>' },
      d: ['<array>'],
    });
  });
});

describe('redactBody: raw response text', () => {
  it('JSON, JSONP (the callback name dropped) and text that is neither', () => {
    expect(redactBody('{"code":0,"data":{"list":[{"keyword":"cotton tee"}]}}')).toEqual({
      code: '<number:int>',
      data: { list: [{ keyword: '<string:short>' }] },
    });
    expect(
      redactBody('jsonp_1714521600000_52731({"successed":true,"value":{"total":12}})'),
    ).toEqual({ '<jsonp>': { successed: '<boolean>', value: { total: '<number:int>' } } });
    expect(redactBody('<html><body>登录</body></html>')).toBe('<string:medium>');
  });
});

describe('redactUrl: request and page URLs', () => {
  it('keeps host, path, parameter names and routing names; hides ids, dates and callbacks', () => {
    expect(
      redactUrl(
        'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=vip/product/360/wordAnalysis/content&productId=1600123456789&startDate=2024-05-01&callback=jsonp_1714521600000_52731',
      ),
    ).toEqual({
      url: 'https://hz-mydata.alibaba.com/self/.json',
      query: {
        action: 'CommonAction',
        iName: 'vip/product/360/wordAnalysis/content',
        productId: '<string:number>',
        startDate: '<string:date>',
        callback: '<string:medium>',
      },
    });
  });

  it('structures the mtop data parameter, keeping the table url that routes it', () => {
    const data = JSON.stringify({
      channelId: '2001234',
      url: '/api/goods-rank-new/indicator',
      rankType: 'pay_amt',
      params: '{"itemId":"1005006123456789"}',
    });
    expect(
      redactUrl(
        `https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.business.advice.table.query/1.0/?data=${encodeURIComponent(data)}`,
      ),
    ).toEqual({
      url: 'https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.business.advice.table.query/1.0/',
      query: {
        data: {
          '<json>': {
            channelId: '<string:number>',
            url: '/api/goods-rank-new/indicator',
            rankType: 'pay_amt',
            params: { '<json>': { itemId: '<string:number>' } },
          },
        },
      },
    });
  });

  it('hides path segments that are data', () => {
    expect(
      redactUrl('https://www.alibaba.com/product-detail/Cotton-Tee_1600123456789.html'),
    ).toEqual({
      url: 'https://www.alibaba.com/product-detail/<segment>',
    });
    expect(redactUrl('not a url')).toBe('<string:short>');
  });
});

// Property: whatever the console sends, none of its strings or numbers
// reaches the sample. Keys come from a letters-only alphabet (keys are kept by
// design; a key that is data is covered by the exact test above).

/** Every marker redaction may write, written out here, not taken from the code. */
const MARKERS = new Set([
  '<string:empty>',
  '<string:short>',
  '<string:medium>',
  '<string:long>',
  '<string:number>',
  '<string:dash>',
  '<string:date>',
  '<string:url>',
  '<number:int>',
  '<number:decimal>',
  '<boolean>',
  '<object>',
  '<array>',
  '<more:few>',
  '<more:some>',
  '<more:many>',
]);
const STRUCTURE_KEYS = ['<json>', '<jsonp>', '<key>', '<more keys>'];

const key = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ_'),
  minLength: 1,
  maxLength: 8,
});
const leafString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('Custom Logo Cotton T-Shirt', '夏季纯棉短袖T恤', '¥ 19.80', '1600123456789'),
);
const leafNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

const { json: jsonValue } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafString,
    leafNumber,
    fc.boolean(),
    fc.constant(null),
    // A field holding JSON as text, as Taobao's data.result does.
    tie('json').map((v) => JSON.stringify(v)),
    fc.array(tie('json'), { maxLength: 6 }),
    fc.dictionary(key, tie('json'), { maxKeys: 5 }),
  ),
}));

function leaves(value: unknown, out: { strings: string[]; numbers: number[] }) {
  if (typeof value === 'string') {
    out.strings.push(value);
    try {
      leaves(JSON.parse(value), out);
    } catch {
      // plain text
    }
  } else if (typeof value === 'number') out.numbers.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  return out;
}

function keysOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    try {
      keysOf(JSON.parse(value), out);
    } catch {
      // plain text
    }
  } else if (value && typeof value === 'object') {
    if (!Array.isArray(value)) out.push(...Object.keys(value));
    for (const v of Object.values(value)) keysOf(v, out);
  }
  return out;
}

/** Every string the output holds, keys included: where a leaked value would have to be. */
function outputStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') {
    if (!Array.isArray(value)) out.push(...Object.keys(value));
    for (const v of Object.values(value)) outputStrings(v, out);
  }
  return out;
}

function outputLeaves(value: unknown, out: unknown[] = []): unknown[] {
  if (value && typeof value === 'object')
    for (const v of Object.values(value)) outputLeaves(v, out);
  else out.push(value);
  return out;
}

describe('redaction property', () => {
  it('no input string (two characters or more) or number appears in the output', () => {
    fc.assert(
      fc.property(jsonValue, fc.boolean(), (value, asJsonp) => {
        const text = JSON.stringify(value);
        const out = asJsonp ? redactBody(`jsonp_cb(${text})`) : redact(value);
        const held = outputStrings(out);
        // Text that is part of the kept structure (a key, a marker) proves nothing either way.
        const structure = [...keysOf(value), ...MARKERS, ...STRUCTURE_KEYS].join('\n');
        const { strings, numbers } = leaves(value, { strings: [], numbers: [] });
        for (const s of strings) {
          if (s.length < 2 || structure.includes(s)) continue;
          expect(held.filter((h) => h.includes(s))).toEqual([]);
        }
        // Markers and letter-only keys hold no digit, and no value stays a number:
        // a digit anywhere in the output would be a leaked number.
        if (numbers.length > 0) expect(held.filter((h) => /\d/.test(h))).toEqual([]);
        // Every value left is a marker (or null): nothing of the input is carried as a value.
        for (const leaf of outputLeaves(out)) {
          if (leaf !== null) expect(MARKERS).toContain(leaf);
        }
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });
});
