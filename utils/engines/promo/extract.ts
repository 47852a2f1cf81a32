// The article of a page the seller chose to import from (an announcement or a
// seller-education post), via @mozilla/readability. Readability mutates the
// document it reads, so it gets a clone: the page the seller is looking at
// must stay untouched.

import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  /** The article's text with one line per block (paragraph, heading, list item). */
  text: string;
  /** Readability found no article; `text` is then the whole body's text. */
  fallback: boolean;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Text with line breaks at block boundaries. Readability's own textContent
 * runs paragraphs together, which would glue a heading to the next line and
 * hide the campaign name.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l.length > 0 || (i > 0 && (all[i - 1] ?? '').length > 0))
    .join('\n')
    .trim();
}

export function extractArticle(doc: Document): ExtractedArticle {
  const clone = doc.cloneNode(true) as Document;
  // Keep the article as a node: serialising it to HTML and parsing it back
  // would mean an innerHTML write, which store review (web-ext lint) flags.
  const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (article?.content) {
    return {
      title: headline(doc, (article.title ?? doc.title ?? '').trim()),
      text: blockText(article.content),
      fallback: false,
    };
  }
  return {
    title: (doc.title ?? '').trim(),
    text: doc.body ? blockText(doc.body) : '',
    fallback: true,
  };
}

/**
 * Readability keeps site suffixes it does not recognise ("…攻略_跨境电商资讯_6180.CN");
 * the page's own h1, when the title contains it, is the clean name.
 */
function headline(doc: Document, title: string): string {
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const text = (h1.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 4 && title.includes(text)) return text;
  }
  return title;
}
