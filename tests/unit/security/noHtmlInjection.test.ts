import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Strings from console pages are rendered as text only. React escapes text
// children; the ways around that are the sinks below. No shipped source file
// may use one, so no product title can ever become markup or code.

const ROOT = resolve(import.meta.dirname, '../../..');
const SHIPPED = ['entrypoints', 'components', 'utils'];

const SINKS: { name: string; re: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', re: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML/outerHTML assignment', re: /\.(inner|outer)HTML\s*(\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/ },
  { name: 'document.write', re: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\s*\(/ },
  { name: 'DOMParser into the page', re: /\bparseFromString\s*\([^)]*\)\s*\.\s*body\b/ },
  { name: 'eval', re: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', re: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'srcdoc', re: /\bsrcdoc\b/i },
  { name: 'javascript: URL', re: /['"`]javascript:/i },
];

/**
 * Reviewed uses, each with the reason it cannot reach a rendered page. Keep
 * this list short; prefer text nodes.
 */
const REVIEWED: Record<string, string> = {
  'utils/engines/promo/extract.ts:innerHTML/outerHTML assignment':
    'Readability output parsed into an inert createHTMLDocument() body (no browsing context: no script, no load, no handler runs), only to read its text back',
};

/** The sinks used in `source`, with line numbers; comments are not code. */
export function findSinks(source: string): { sink: string; line: number }[] {
  const found: { sink: string; line: number }[] = [];
  source.split('\n').forEach((text, i) => {
    const code = text.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
    for (const { name, re } of SINKS) if (re.test(code)) found.push({ sink: name, line: i + 1 });
  });
  return found;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe('no HTML injection sinks in shipped code', () => {
  it('recognises each sink (the scan can fail)', () => {
    const sample = [
      '<td dangerouslySetInnerHTML={{ __html: row.title }} />',
      'cell.innerHTML = row.title;',
      'el.outerHTML += x;',
      "el.insertAdjacentHTML('beforeend', title);",
      'document.write(title);',
      'range.createContextualFragment(title);',
      'eval(body);',
      'const f = new Function(body);',
      "setTimeout('run()', 1);",
      '<iframe srcDoc={html} />',
      "a.href = 'javascript:void(0)';",
    ].join('\n');
    expect(findSinks(sample).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(findSinks('if (el.innerHTML === "") return;\n// el.innerHTML = x')).toEqual([]);
  });

  it('finds none in entrypoints/, components/ and utils/', async () => {
    const files = (await Promise.all(SHIPPED.map((d) => sourceFiles(join(ROOT, d))))).flat();
    expect(files.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const file of files) {
      for (const { sink, line } of findSinks(await readFile(file, 'utf8'))) {
        if (REVIEWED[`${relative(ROOT, file)}:${sink}`]) continue;
        hits.push(`${relative(ROOT, file)}:${line} uses ${sink}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
