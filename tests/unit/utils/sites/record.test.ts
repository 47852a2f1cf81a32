import { describe, expect, it } from 'vitest';
import { captureFromRecord, parseBody } from '../../../../utils/sites/shared/record';

describe('capture records', () => {
  it('parses JSON, JSONP and already-parsed bodies', () => {
    expect(parseBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseBody('jsonp_1700000000000_12345({"successed":true,"value":{"n":2}})')).toEqual({
      successed: true,
      value: { n: 2 },
    });
    expect(parseBody('/**/ cb({"x":[1,2]});')).toEqual({ x: [1, 2] });
    expect(parseBody('<html>login</html>')).toBeUndefined();
    expect(parseBody('   ')).toBeUndefined();
  });

  it('names the API from the request URL, else from an mtop envelope', () => {
    expect(
      captureFromRecord({
        apiUrl:
          'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getVisitors&callback=jsonp_1_2',
        body: 'jsonp_1_2({"successed":true,"value":{"data":[]}})',
      }),
    ).toEqual({
      api: 'getVisitors',
      apiUrl:
        'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getVisitors&callback=jsonp_1_2',
      body: { successed: true, value: { data: [] } },
    });
    expect(
      captureFromRecord({ apiUrl: '', body: { api: 'MTOP.A.B', ret: ['SUCCESS::ok'], data: {} } }),
    ).toEqual({
      api: 'mtop.a.b',
      apiUrl: '',
      body: { api: 'MTOP.A.B', ret: ['SUCCESS::ok'], data: {} },
    });
    expect(captureFromRecord({ apiUrl: 'https://x.test/page.htm', body: '{}' })).toBeUndefined();
    expect(
      captureFromRecord({ apiUrl: 'https://x.test/a.json', body: 'not json' }),
    ).toBeUndefined();
  });
});
