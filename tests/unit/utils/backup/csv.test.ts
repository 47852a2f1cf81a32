import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/utils/backup/csv';

describe('CSV for spreadsheets', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['真丝连衣裙', '真丝连衣裙'],
    [12.5, '12.5'],
    [0, '0'],
    [-3, '-3'],
    [true, 'true'],
    [undefined, ''],
    [null, ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes nested objects as JSON text, quoted', () => {
    expect(csvCell({ amount: 19.99, currency: 'USD' })).toBe(
      '"{""amount"":19.99,""currency"":""USD""}"',
    );
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)'])(
    'keeps page text %j from running as a formula',
    (text) => {
      expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('lists every field any row has, in first-seen order, with blanks for missing ones', () => {
    const csv = toCsv([
      { id: 'a', title: 'x, y' },
      { id: 'b', stock: 3 },
    ]);
    expect(csv).toBe('id,title,stock\r\na,"x, y",\r\nb,,3\r\n');
  });

  it('an empty table gives an empty header line', () => {
    expect(toCsv([])).toBe('\r\n');
  });

  it('round-trips through a standard CSV parse', () => {
    const rows = [{ t: 'a "q", b\nc', n: 1 }];
    const csv = toCsv(rows);
    // Minimal RFC 4180 reader, enough to prove the quoting is reversible.
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    const body = csv.split('\r\n')[0] === 't,n' ? csv.slice('t,n\r\n'.length) : csv;
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      if (quoted) {
        if (ch === '"' && body[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',' || ch === '\r') {
        cells.push(cur);
        cur = '';
        if (ch === '\r') break;
      } else cur += ch;
    }
    expect(cells).toEqual(['a "q", b\nc', '1']);
  });
});
