// A word-level diff of two titles (longest common subsequence), for the
// overlay's "what changes" view. Tokens keep their original spelling; equality
// is case-insensitive so a capitalisation fix shows as a change only when
// `caseSensitive` is set.

export type DiffOp = { kind: 'same' | 'added' | 'removed'; text: string };

/** Splits a title into words: whitespace-separated for Latin text, Intl.Segmenter words for CJK runs. */
export function tokenize(title: string): string[] {
  const out: string[] = [];
  const seg =
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('zh', { granularity: 'word' })
      : undefined;
  for (const chunk of title.split(/\s+/).filter(Boolean)) {
    if (seg && /[\u3400-\u9fff]/.test(chunk)) {
      for (const s of seg.segment(chunk)) if (s.segment.trim()) out.push(s.segment);
    } else {
      out.push(chunk);
    }
  }
  return out;
}

export function wordDiff(before: string, after: string, caseSensitive = false): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const eq = (x: string, y: string) =>
    caseSensitive ? x === y : x.toLowerCase() === y.toLowerCase();
  // LCS table, (a.length+1) x (b.length+1); titles are short (≤ ~60 tokens).
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i]!;
      row[j] = eq(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, row[j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && eq(a[i]!, b[j]!)) {
      ops.push({ kind: 'same', text: b[j]! });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ kind: 'added', text: b[j]! });
      j++;
    } else {
      ops.push({ kind: 'removed', text: a[i]! });
      i++;
    }
  }
  return ops;
}
