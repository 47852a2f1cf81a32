import { describe, expect, it } from 'vitest';
import { captureSample, documentSample, MAX_SAMPLE_CHARS } from '@/utils/redact/sample';

// The samples a failed read carries: what the seller copies into a bug report.

const PAGE = 'https://data.alibaba.com/product/overview?productId=1600123456789';

describe('captureSample', () => {
  it('redacts the request URL and a JSONP body, and names the failed read', () => {
    const sample = captureSample(
      {
        apiUrl:
          'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getVipEffectiveProductsAndStats&callback=jsonp_1714521600000_52731',
        body: 'jsonp_1714521600000_52731({"successed":true,"value":{"products":{"recordCount":2,"data":[{"id":1600123456789,"subject":"Custom Logo Cotton T-Shirt"}]}}})',
      },
      { status: 'unrecognized', site: 'alibaba', pageKind: 'productRank' },
      PAGE,
    );
    expect(JSON.parse(sample)).toEqual({
      storewise: 'redacted sample',
      status: 'unrecognized',
      site: 'alibaba',
      pageKind: 'productRank',
      page: {
        url: 'https://data.alibaba.com/product/overview',
        query: { productId: '<string:number>' },
      },
      request: {
        url: 'https://hz-mydata.alibaba.com/self/.json',
        query: {
          action: 'CommonAction',
          iName: 'getVipEffectiveProductsAndStats',
          callback: '<string:medium>',
        },
      },
      body: {
        '<jsonp>': {
          successed: '<boolean>',
          value: {
            products: {
              recordCount: '<number:int>',
              data: [{ id: '<number:int>', subject: '<string:medium>' }],
            },
          },
        },
      },
    });
    expect(sample).not.toContain('1600123456789');
    expect(sample).not.toContain('Cotton');
  });

  it('fits a huge response into the size limit by keeping fewer items and levels', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      [`field${String.fromCharCode(97 + (i % 26))}`]: { deep: { deeper: [i, i, i] } },
    }));
    const wide = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`k${'abcdefghij'[i % 10]}${i}`, rows[i % 10]]),
    );
    const sample = captureSample(
      { apiUrl: 'https://sycm.taobao.com/cc/item/view/top.json', body: JSON.stringify(wide) },
      { status: 'empty' },
      'https://sycm.taobao.com/cc/item_rank',
    );
    expect(sample.length).toBeLessThanOrEqual(MAX_SAMPLE_CHARS);
    expect(sample.endsWith('<cut: longer than the sample limit>')).toBe(true);
  });
});

describe('documentSample', () => {
  it('keeps header labels, redacts every cell, and shows three rows at most', () => {
    document.body.innerHTML = `
      <table>
        <thead><tr><th>商品</th><th>访客数</th><th>支付转化率</th></tr></thead>
        <tbody>
          <tr><th scope="row">夏季纯棉短袖T恤 男款</th><td>1,234</td><td>3.2%</td></tr>
          <tr><td>冰丝防晒袖套 女 UPF50+ 夏季薄款手臂套</td><td>820</td><td>--</td></tr>
          <tr><td>Straw hat</td><td>15</td><td>0.5%</td></tr>
          <tr><td>Beach bag</td><td>9</td><td>1.1%</td></tr>
        </tbody>
      </table>
      <div role="grid"><div role="row"><span role="columnheader">Keyword</span></div>
        <div role="row"><span role="gridcell">cotton tee</span></div></div>`;
    const sample = documentSample(
      document,
      { status: 'unrecognized', site: 'taobao', pageKind: 'productRank' },
      'https://sycm.taobao.com/cc/item_rank?dateType=recent7&dateRange=2024-05-01%7C2024-05-07',
    );
    expect(JSON.parse(sample)).toEqual({
      storewise: 'redacted sample',
      status: 'unrecognized',
      site: 'taobao',
      pageKind: 'productRank',
      page: {
        url: 'https://sycm.taobao.com/cc/item_rank',
        query: { dateType: 'recent7', dateRange: '<string:medium>' },
      },
      tables: [
        {
          headers: ['商品', '访客数', '支付转化率'],
          rows: [
            // A row-header cell with a product name is a cell, not a label.
            ['<string:short>', '<string:number>', '<string:number>'],
            ['<string:medium>', '<string:number>', '<string:dash>'],
            ['<string:short>', '<string:number>', '<string:number>'],
            '<more rows>',
          ],
        },
        { headers: ['Keyword'], rows: [['<string:short>']] },
      ],
    });
    for (const value of ['夏季', '1,234', 'Straw', 'cotton', '2024']) {
      expect(sample).not.toContain(value);
    }
  });

  it('a page without tables says so with an empty list', () => {
    document.body.innerHTML = '<div>加载中…</div>';
    expect(
      JSON.parse(documentSample(document, { status: 'empty' }, 'https://sycm.taobao.com/')),
    ).toEqual({
      storewise: 'redacted sample',
      status: 'empty',
      page: { url: 'https://sycm.taobao.com/' },
      tables: [],
    });
  });
});
