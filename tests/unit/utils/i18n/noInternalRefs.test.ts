import { describe, expect, it } from 'vitest';
import { en, zhCN } from '@/utils/i18n/messages';
import { CAMPAIGN_TEMPLATES } from '@/utils/engines/data/campaigns';
import { PAGE_KINDS } from '@/utils/types';
import * as campaigns from '@/utils/engines/data/campaigns';
import * as capability from '@/utils/engines/data/capability';
import * as checklists from '@/utils/engines/data/checklists';
import * as customerSegments from '@/utils/engines/data/customerSegments';
import * as exposureWatch from '@/utils/engines/data/exposureWatch';
import * as productRoles from '@/utils/engines/data/productRoles';

// Sellers read these strings: they must speak of the seller's console and
// sales, never of our documents, files, sections or code identifiers.

const INTERNAL: readonly { what: string; re: RegExp }[] = [
  { what: 'section sign', re: /§/ },
  { what: 'internal document', re: /PLAYBOOK|CONSOLES|STYLE|ARCHITECTURE|README|COMMON\.md/ },
  { what: 'file name', re: /\b[\w-]+\.(?:md|ts|tsx|js|mjs|json|html)\b/i },
  { what: 'issue number', re: /\bissue[ -]?#?\d+|#\d{1,4}\b/i },
  { what: 'source path', re: /\b(?:utils|components|entrypoints|scripts|tests|docs)\//i },
];

// Identifiers of campaigns and page kinds, as they appear in code.
const IDS: readonly string[] = [
  ...CAMPAIGN_TEMPLATES.map((c) => c.id),
  ...PAGE_KINDS.filter((k) => /[A-Z-]/.test(k)),
];

/** Every "{en, zh}" pair in a data module, however deep. */
function bilingualTexts(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.en === 'string' && typeof o.zh === 'string') out.push(o.en, o.zh);
  for (const v of Object.values(o)) bilingualTexts(v, out, seen);
  return out;
}

function problems(texts: readonly [string, string][]): string[] {
  const found: string[] = [];
  for (const [where, text] of texts) {
    const shown = text.replace(/\{\w+\}/g, '');
    for (const { what, re } of INTERNAL)
      if (re.test(shown)) found.push(`${where}: ${what}: ${text}`);
    for (const id of IDS)
      if (shown.includes(id)) found.push(`${where}: internal id ${id}: ${text}`);
  }
  return found;
}

describe('no internal references in what sellers read', () => {
  it('the English and Chinese message tables name no document, section, file or id', () => {
    const texts: [string, string][] = [
      ...Object.entries(en).map(([k, v]): [string, string] => [`en ${k}`, v]),
      ...Object.entries(zhCN).map(([k, v]): [string, string] => [`zh ${k}`, v]),
    ];
    expect(texts.length).toBeGreaterThan(400);
    expect(problems(texts)).toEqual([]);
  });

  it('the advice data tables’ bilingual texts name none either', () => {
    const modules = {
      campaigns,
      capability,
      checklists,
      customerSegments,
      exposureWatch,
      productRoles,
    };
    const texts = Object.entries(modules).flatMap(([name, mod]) =>
      bilingualTexts(mod).map((t): [string, string] => [name, t]),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(problems(texts)).toEqual([]);
  });

  it('catches the kinds of reference it is meant to catch', () => {
    expect(
      problems([
        ['a', 'Dates: playbook template (PLAYBOOK §3)'],
        ['b', 'see docs/ADVICE.md'],
        ['c', 'as in issue 12'],
        ['d', 'template aliexpress-1111'],
        ['e', 'open the {page}'],
      ]).map((p) => p.split(':').slice(0, 2).join(':')),
    ).toEqual([
      'a: section sign',
      'a: internal document',
      'b: file name',
      'b: source path',
      'c: issue number',
      'd: internal id aliexpress-1111',
    ]);
  });
});
