import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../../schema/index.js';
import { sha256 } from '../../extract.js';
import type { InputFile, ReadResult } from '../article-source.js';
import { metadataDate } from '../dates.js';
import { decodeInput, stem } from './shared.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Images and links, each with a second alternative that passes over, unchanged, what a failed try has shown to hold
 * none: from a "[" to the next "]" or line end (every "[" in between ends its text at the same "]" and fails too),
 * and the rest of the line after a "](" with no ")" after it (no later one can close either). Without it, a line of
 * "[" or "[a](" repeated took seconds: each "[" rescanned the rest of the line. Same output as the plain patterns.
 */
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)|!\[[^\]\n]*(?:\]\([^)\n]*(?![^\n]))?/g;
const LINK = /\[([^\]\n]+)\]\([^)\n]*\)|\[[^\]\n]*(?:\]\([^)\n]*(?![^\n]))?/g;
const linkText = (whole: string, text: string | undefined): string => text ?? whole;

/**
 * Plain text of a Markdown body: heading marks, block quote marks, list bullets, emphasis marks,
 * links and images reduced to their text. Line structure is kept.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        // The lookbehind tries only where a run of spaces starts, not from each space of a long run.
        .replace(/(?<!\s)\s+#+\s*$/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s{0,3}[-*+]\s+/, '')
        .replace(IMAGE, linkText)
        .replace(LINK, linkText)
        .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2')
        .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2')
        .replace(/`([^`\n]+)`/g, '$1'),
    )
    .join('\n');
}

/** A string field of the front matter, or null. */
function field(meta: Record<string, unknown>, ...names: string[]): unknown {
  for (const n of names) if (meta[n] !== undefined && meta[n] !== null) return meta[n];
  return null;
}

/** Read a Markdown article with optional YAML front matter (title, date, url). */
export function readMarkdown(file: InputFile, bytes: Uint8Array): ReadResult[] {
  const decoded = decodeInput(file, bytes);
  if ('ok' in decoded) return [decoded];
  const notes: Diagnostic[] = [...decoded.notes];
  let body = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    body = body.slice(fm[0].length);
    try {
      const parsed: unknown = parseYaml(fm[1]!, { schema: 'core' });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch (error) {
      notes.push({ code: 'front-matter-invalid', severity: 'warning', stage: 'io', message: `The YAML front matter could not be read: ${(error as Error).message.split('\n')[0]}`, span: null });
    }
  }
  const rawDate = field(meta, 'date', 'publishedAt', 'published', 'published_at');
  const publishedAt = rawDate === null ? null : metadataDate(rawDate);
  if (rawDate !== null && publishedAt === null) {
    notes.push({ code: 'date-unreadable', severity: 'warning', stage: 'io', message: `The front matter date "${String(rawDate)}" is not a date; no reference date was taken from it.`, span: null });
  }
  const title = field(meta, 'title');
  const url = field(meta, 'url', 'link');
  return [
    {
      ok: true,
      article: {
        text: markdownToText(body),
        id: typeof meta['id'] === 'string' && meta['id'] !== '' ? meta['id'] : stem(file.relative),
        title: typeof title === 'string' ? title : null,
        url: typeof url === 'string' ? url : null,
        publishedAt,
        source: { path: file.relative, format: 'md', sha256: sha256(bytes), record: null },
        notes,
      },
    },
  ];
}
