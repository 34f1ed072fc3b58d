import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as parseHTMLFunction } from 'linkedom';
import type { Diagnostic } from '../../schema/index.js';
import { sha256 } from '../../extract.js';
import type { InputFile, ReadResult } from '../article-source.js';
import { metadataDate } from '../dates.js';
import { decodeInput, failure, stem } from './shared.js';

// linkedom and Readability (both with CommonJS builds) are loaded when the first page is read, not
// on import: a run without HTML never pays for them (about 30 MB).
const requireCjs = createRequire(import.meta.url);
let libraries: { parseHTML: typeof parseHTMLFunction; Readability: typeof ReadabilityClass } | null = null;
function htmlLibraries(): NonNullable<typeof libraries> {
  libraries ??= {
    parseHTML: (requireCjs('linkedom') as { parseHTML: typeof parseHTMLFunction }).parseHTML,
    Readability: (requireCjs('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return libraries;
}

// The project compiles without the DOM library, so the few DOM members used here are declared
// structurally; linkedom's nodes have them all.

/** A DOM node as linkedom builds it. */
interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** A DOM element. */
interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

/** A parsed HTML page. */
interface DomDocument {
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Fewest characters of text outside links that make a page an article rather than a menu. */
const MIN_ARTICLE_CHARS = 80;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'svg', 'math',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'object', 'embed', 'canvas', 'map',
  'button', 'input', 'select', 'option', 'textarea', 'label',
]);

/** Elements that start and end a block: their text is never glued to the text around them. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** schema.org types whose JSON-LD nodes describe the article itself; preferred over other nodes. */
const ARTICLE_TYPES = new Set(['BlogPosting', 'LiveBlogPosting', 'Report', 'SocialMediaPosting']);

/** HTML whitespace (space, tab, LF, CR, FF) collapsed to one space; no-break spaces are kept. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/** A trimmed, whitespace-collapsed string, or null when there is nothing in it. */
function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = collapse(value).trim();
  return text === '' ? null : text;
}

/** The first non-empty, cleaned value. */
function firstOf(...values: unknown[]): string | null {
  for (const v of values) {
    const text = clean(v);
    if (text !== null) return text;
  }
  return null;
}

/**
 * Parse a page with linkedom. linkedom does not build the implied <html>/<body> of a fragment
 * (its first element becomes the root and Readability then finds nothing), so a page without a
 * <body> tag is wrapped in one first.
 */
function parsePage(html: string): DomDocument {
  const lower = html.toLowerCase();
  const page = lower.includes('<body') ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return htmlLibraries().parseHTML(page).document as unknown as DomDocument;
}

/**
 * The text of an article's HTML: one block per paragraph, heading, list item, quotation, table
 * cell or caption (or per run of text directly inside a div or section), blocks joined with a
 * blank line. Inline whitespace is collapsed to single spaces; <br> is a line break and two in a
 * row a block break; scripts, styles, media and form controls are skipped. Iterative, so deeply
 * nested pages cannot overflow the stack.
 *
 * @returns the text and how many characters of it lie outside links.
 */
export function htmlBlocksToText(root: DomNode): { text: string; nonLinkChars: number } {
  const blocks: string[] = [];
  let buffer: string[] = [];
  let linkDepth = 0;
  let nonLinkChars = 0;

  const flush = (): void => {
    if (buffer.length === 0) return;
    const lines = buffer.join('').replace(/ {2,}/g, ' ').split('\n');
    buffer = [];
    let current: string[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (line !== '') current.push(line);
      else if (current.length > 0) {
        blocks.push(current.join('\n'));
        current = [];
      }
    }
    if (current.length > 0) blocks.push(current.join('\n'));
  };

  // Work items: a node to visit, or the end of a block or link element entered earlier.
  type Item = DomNode | { readonly end: 'block' | 'link' };
  const stack: Item[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('end' in item) {
      if (item.end === 'block') flush();
      else linkDepth--;
      continue;
    }
    if (item.nodeType === TEXT_NODE || item.nodeType === CDATA_SECTION_NODE) {
      const text = collapse(item.textContent ?? '');
      buffer.push(text);
      if (linkDepth === 0) nonLinkChars += text.trim().length;
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as DomElement;
    const name = element.localName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      buffer.push('\n');
      continue;
    }
    if (name === 'pre') {
      // Preformatted text keeps its line breaks and spacing; it is one block.
      flush();
      const lines = (element.textContent ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
      while (lines.length > 0 && lines[0] === '') lines.shift();
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      if (lines.length > 0) {
        blocks.push(lines.join('\n'));
        if (linkDepth === 0) nonLinkChars += lines.join('').trim().length;
      }
      continue;
    }
    if (BLOCKS.has(name)) {
      flush();
      stack.push({ end: 'block' });
    } else if (name === 'a') {
      linkDepth++;
      stack.push({ end: 'link' });
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return { text: blocks.join('\n\n'), nonLinkChars };
}

/** The content of the first <meta> matching one of the selectors, in order. */
function metaContent(document: DomDocument, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute('content'));
    if (value !== null) return value;
  }
  return null;
}

/** The schema.org types of a JSON-LD node ("NewsArticle", ...). */
function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.slice(t.lastIndexOf('/') + 1));
}

/** Whether a JSON-LD node describes an article (NewsArticle, ReportageNewsArticle, BlogPosting...). */
function isArticleNode(node: Record<string, unknown>): boolean {
  return typesOf(node).some((t) => t.endsWith('Article') || ARTICLE_TYPES.has(t));
}

/** Collect the JSON-LD nodes of a parsed value: arrays and @graph lists are flattened. */
function collectNodes(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  if (node['@graph'] !== undefined) collectNodes(node['@graph'], out, depth + 1);
}

/**
 * Every JSON-LD node of the page, article nodes first (in page order), then the others. Scripts
 * that are not valid JSON are skipped.
 */
function jsonLdNodes(document: DomDocument): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const scripts = document.querySelectorAll('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    try {
      collectNodes(JSON.parse(script.textContent ?? ''), nodes, 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other sources are still read.
    }
  }
  return [...nodes.filter(isArticleNode), ...nodes.filter((n) => !isArticleNode(n))];
}

/** The first value of a property among JSON-LD nodes, or undefined. */
function jsonLdValue(nodes: readonly Record<string, unknown>[], key: string): unknown {
  for (const node of nodes) {
    const value = node[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** The name of a JSON-LD person or organisation (a string, an object with `name`, or a list of them). */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value !== null && typeof value === 'object') return clean((value as Record<string, unknown>)['name']);
  return null;
}

/**
 * Where the page says it was published, in order of trust: the Open Graph article time, JSON-LD
 * datePublished, <meta name="date"> or itemprop="datePublished", then the first <time datetime>.
 */
function dateCandidates(document: DomDocument, nodes: readonly Record<string, unknown>[]): { where: string; value: unknown }[] {
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return [
    { where: 'article:published_time meta tag', value: metaContent(document, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]') },
    { where: 'JSON-LD datePublished', value: jsonLdValue(nodes, 'datePublished') },
    { where: 'date meta tag', value: metaContent(document, 'meta[name="date"]', 'meta[itemprop="datePublished"]') },
    { where: '<time datetime> element', value: clean(time) },
  ].filter((c) => c.value !== null && c.value !== undefined);
}

/**
 * Read a saved web page (.html, .htm): the article body found by Readability (on linkedom), its
 * blocks joined with blank lines, with the title, byline, site name, canonical URL and publication
 * date taken from the page. A page without a readable article (a menu, an index page, an empty
 * file) is a 'no-article' failure.
 */
export function readHtml(file: InputFile, bytes: Uint8Array): ReadResult[] {
  const decoded = decodeInput(file, bytes);
  if ('ok' in decoded) return [decoded];
  const notes: Diagnostic[] = [...decoded.notes];
  const html = decoded.text.replace(/^\uFEFF/, '');
  const noArticle = failure(file, null, null, 'no-article', 'no readable article found in the HTML page');
  if (html.trim() === '') return [noArticle];

  // Metadata is read before Readability runs, as Readability changes the document it reads.
  const document = parsePage(html);
  const nodes = jsonLdNodes(document);
  const pageTitle = document.querySelector('title')?.textContent;
  const ogTitle = metaContent(document, 'meta[property="og:title"]');
  const metaAuthor = metaContent(document, 'meta[name="author"]');
  const ogSiteName = metaContent(document, 'meta[property="og:site_name"]');
  const url = firstOf(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), metaContent(document, 'meta[property="og:url"]'));
  const dates = dateCandidates(document, nodes);

  let parsed: ReturnType<ReadabilityClass['parse']>;
  try {
    parsed = new (htmlLibraries().Readability)(document).parse();
  } catch (error) {
    return [failure(file, null, null, 'html-unreadable', `the HTML page could not be read: ${(error as Error).message}`)];
  }
  if (!parsed || typeof parsed.content !== 'string') return [noArticle];
  const content = parsePage(`<!DOCTYPE html><html><head></head><body>${parsed.content}</body></html>`);
  const { text, nonLinkChars } = htmlBlocksToText(content.body ?? (content as unknown as DomNode));
  if (text.length < MIN_ARTICLE_CHARS || nonLinkChars < MIN_ARTICLE_CHARS) return [noArticle];

  let publishedAt: string | null = null;
  for (const candidate of dates) {
    publishedAt = metadataDate(candidate.value);
    if (publishedAt !== null) break;
    notes.push({
      code: 'date-unreadable',
      severity: 'warning',
      stage: 'io',
      message: `The page's ${candidate.where} "${String(candidate.value)}" is not a date; no reference date was taken from it.`,
      span: null,
    });
  }

  return [
    {
      ok: true,
      article: {
        text,
        id: stem(file.relative),
        title: firstOf(parsed.title, pageTitle, ogTitle),
        url,
        byline: firstOf(parsed.byline, metaAuthor, nameOf(jsonLdValue(nodes, 'author'))),
        siteName: firstOf(parsed.siteName, ogSiteName, nameOf(jsonLdValue(nodes, 'publisher'))),
        publishedAt,
        source: { path: file.relative, format: 'html', sha256: sha256(bytes), record: null },
        notes,
      },
    },
  ];
}
