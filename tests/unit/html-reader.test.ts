import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract.js';
import type { InputFile, ReadResult } from '../../src/io/article-source.js';
import { parseHTML } from 'linkedom';
import { htmlBlocksToText } from '../../src/io/readers/html.js';
import { readInput } from '../../src/io/readers/index.js';
import { ARTICLES } from '../helpers.js';

const HTML_FIXTURES = path.join(ARTICLES, 'html');
const bytes = (s: string) => new TextEncoder().encode(s);
const file = (relative: string, absolute = `/x/${relative}`): InputFile => ({ absolute, relative, format: 'html' });

/** Read a fixture page with `readInput`, as discovery would pass it. */
function readFixture(name: string): ReadResult[] {
  const absolute = path.join(HTML_FIXTURES, name);
  return readInput(file(`html/${name}`, absolute), readFileSync(absolute));
}

/** The one article a read yielded; fails the test otherwise. */
function onlyArticle(results: ReadResult[]): Article {
  expect(results).toHaveLength(1);
  const [r] = results;
  if (!r?.ok) throw new Error(`expected an article, got ${JSON.stringify(r)}`);
  return r.article;
}

/** A small page around the given body, with enough prose to be an article. */
function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><title>Test page</title>${head}</head><body>${body}</body></html>`;
}

const PROSE =
  '<article><h1>Bridge repairs</h1>' +
  '<p>The Weir Bridge will close for two weeks from 3 March while engineers replace its bearings, the council said on Tuesday.</p>' +
  '<p>"The work cannot wait another winter," said Hana Ribeiro, the council\'s head of highways, adding that it would cost £310,000.</p>' +
  '</article>';

describe('HTML reader', () => {
  it('reads the title, byline, site name and JSON-LD date, with one block per paragraph', () => {
    const article = onlyArticle(readFixture('byline-jsonld.html'));
    expect(article).toMatchObject({
      id: 'html/byline-jsonld',
      title: 'Harwick reservoir to reopen after algae clean-up',
      byline: 'Maren Okafor',
      siteName: 'The Harwick Courier',
      url: 'https://courier.example/news/harwick-reservoir-reopens',
      publishedAt: '2025-03-14',
      source: { path: 'html/byline-jsonld.html', format: 'html', record: null },
      notes: [],
    });
    expect(article.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { text } = article;
    // Paragraphs are separated by a blank line, never glued ("close.\"We have" would be Readability's textContent).
    expect(text).toContain('forced the lake to close.\n\n"We have removed around 40 tonnes');
    expect(text).toContain('every week until the end of September.\n\nThe closure, which began on 31 January');
    expect(text).toContain('"relieved but still nervous about the summer".\n\n"If the warm weather comes early');
    expect(text).not.toMatch(/[.!?]["”]?[A-Z"“]/);
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    for (const p of paragraphs) expect(p).toBe(p.trim());
    expect(text).not.toMatch(/\n{3,}/);
    // Nothing from scripts, JSON-LD or the page chrome.
    for (const fragment of ['@context', 'NewsArticle', 'datePublished', 'courierAnalytics', 'All rights reserved', '{', '}']) {
      expect(text).not.toContain(fragment);
    }
  });

  it('keeps only the article of a page with menus, ads, a cookie banner, a sidebar and a footer', () => {
    const article = onlyArticle(readFixture('ads-and-navigation.html'));
    expect(article).toMatchObject({
      id: 'html/ads-and-navigation',
      title: 'Tram fares in Lindmoor to rise by 7% from July',
      siteName: 'Lindmoor Evening Post',
      publishedAt: '2025-06-02',
      url: 'https://eveningpost.example/transport/tram-fares-rise',
    });
    const { text } = article;
    expect(text.startsWith('Single tram fares across Lindmoor will rise by 7% on 6 July')).toBe(true);
    expect(text).toContain('"Nobody likes paying more, but the alternative was cutting the late-night service on two lines," said Priya Lamont');
    expect(text.endsWith('4% more than the year before.')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(5);
    const chrome = [
      'cookies', 'Accept all', 'Manage preferences', // cookie banner
      'Subscribe for 1p a day', "What's On", 'Property', // navigation
      'Advertisement', 'Coralbay', 'FibreNest', 'Clearwave', // ads
      'Most read', 'Kettle Lane', 'Rovers clinch', 'Lantern festival', // sidebar
      'About us', 'Privacy notice', 'Northgate Regional Media', // footer
      'adSlots', 'min-height', // script and style
    ];
    for (const fragment of chrome) expect(text, fragment).not.toContain(fragment);
  });

  it('turns a page with only navigation links into one no-article failure', () => {
    const links = ['Home', 'News', 'Sport', 'Business', 'Weather', 'Culture and arts', 'Travel guides', 'Contact the newsroom', 'Subscribe to the daily newsletter']
      .map((label, i) => `<li><a href="/s${i}">${label}</a></li>`)
      .join('');
    const html = page(`<header><nav><ul>${links}</ul></nav></header><main><ul>${links}</ul></main><footer><a href="/about">About us</a></footer>`);
    expect(readInput(file('menu.html'), bytes(html))).toEqual([
      { ok: false, path: 'menu.html', record: null, id: null, code: 'no-article', message: 'no readable article found in the HTML page' },
    ]);
    expect(readInput(file('empty.html'), bytes(''))).toMatchObject([{ ok: false, code: 'no-article' }]);
    expect(readInput(file('short.html'), bytes(page('<article><p>Too short to be a story.</p></article>')))).toMatchObject([{ ok: false, code: 'no-article' }]);
  });

  it('is what readInput uses for .htm files', () => {
    const [r] = readInput(file('b.htm'), bytes(page(PROSE)));
    expect(r).toMatchObject({ ok: true, article: { id: 'b', source: { format: 'html', path: 'b.htm' } } });
    expect(r!.ok && r.article.text).toContain('the council said on Tuesday.\n\n"The work cannot wait another winter,"');
  });

  it('reads a page with invalid UTF-8 and notes it', () => {
    const source = page(PROSE);
    const html = bytes(source);
    const at = bytes(source.slice(0, source.indexOf('The Weir Bridge') + 'The Weir Bridge'.length)).length;
    const broken = Uint8Array.from([...html.subarray(0, at), 0xa3, ...html.subarray(at)]);
    const article = onlyArticle(readInput(file('bad.html'), broken));
    expect(article.notes?.map((n) => n.code)).toEqual(['invalid-utf8']);
    expect(article.text).toContain('The Weir Bridge\uFFFD will close');
  });

  it('reads a fragment without <html> or <body>, and a <time> date', () => {
    const html = `<title>Fragment</title>${PROSE}<time datetime="2024-02-29">29 Feb</time>`;
    const article = onlyArticle(readInput(file('frag.html'), bytes(html)));
    expect(article.title).toBe('Fragment');
    expect(article.publishedAt).toBe('2024-02-29');
    expect(article.text).toContain('the council said on Tuesday.');
  });

  it('warns about an unreadable date and falls back to the next source', () => {
    const jsonLd = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","datePublished":"2025-01-05T10:00:00+00:00","author":[{"name":"A. One"},{"name":"B. Two"}],"publisher":{"name":"Graph News"}}]}</script>';
    const broken = '<script type="application/ld+json">{ not json</script>';
    const head = `<meta property="article:published_time" content="sometime last week">${broken}${jsonLd}`;
    const article = onlyArticle(readInput(file('d.html'), bytes(page(PROSE, head))));
    expect(article.publishedAt).toBe('2025-01-05');
    expect(article.notes?.map((n) => [n.code, n.severity])).toEqual([['date-unreadable', 'warning']]);
    expect(article.notes?.[0]?.message).toContain('sometime last week');

    const none = onlyArticle(readInput(file('n.html'), bytes(page(PROSE, '<meta property="article:published_time" content="soon">'))));
    expect(none.publishedAt).toBe(null);
    expect(none.notes?.map((n) => n.code)).toEqual(['date-unreadable']);
  });

  it('joins blocks with blank lines, collapses inline whitespace and keeps <br> as a line break', () => {
    const { document } = parseHTML(
      '<html><body><div>Intro <b>bold</b>\n  text<p>A <a href="#">link</a>   here</p>tail<br>next line<br><br>after</div>' +
        '<ul><li>one</li><li>two</li></ul><table><tr><td>x</td><td>y</td></tr></table>' +
        '<script>bad()</script><style>p{}</style><noscript>no</noscript><figure><img src="a.png" alt="alt"><figcaption>Caption</figcaption></figure></body></html>',
    );
    const { text, nonLinkChars } = htmlBlocksToText(document.body as never);
    expect(text).toBe('Intro bold text\n\nA link here\n\ntail\nnext line\n\nafter\n\none\n\ntwo\n\nx\n\ny\n\nCaption');
    expect(nonLinkChars).toBeLessThan(text.length);
  });
});
