import type { Diagnostic } from '../../schema/index.js';
import { sha256 } from '../../extract.js';
import type { InputFile, ReadResult } from '../article-source.js';
import { metadataDate } from '../dates.js';
import { decodeInput, failure, stem } from './shared.js';

const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const DATE_FIELDS = ['date', 'publishedAt', 'published_at', 'published'] as const;
const BYLINE_FIELDS = ['author', 'byline'] as const;

/** Which record fields hold the text, id and date, for records of other shapes (`--text-field` ...). */
export interface RecordFields {
  readonly textField?: string;
  readonly idField?: string;
  readonly dateField?: string;
}

/**
 * One JSON record as an article: text from `text`, `body` or `content` (or `fields.textField`);
 * optional `id` (or `fields.idField`), `title`, `date`/`publishedAt` (or `fields.dateField`),
 * `url`, `author`/`byline`.
 *
 * @param position 1-based line (JSONL) or array position (JSON).
 */
function recordToArticle(file: InputFile, value: unknown, position: number, raw: string, baseNotes: readonly Diagnostic[], fields: RecordFields): ReadResult {
  const fallbackId = `${stem(file.relative)}#${position}`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return failure(file, position, fallbackId, 'record-not-object', 'the record is not a JSON object');
  }
  const r = value as Record<string, unknown>;
  const textField = fields.textField ? (typeof r[fields.textField] === 'string' ? fields.textField : undefined) : TEXT_FIELDS.find((f) => typeof r[f] === 'string');
  const rawId = r[fields.idField ?? 'id'];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : fallbackId;
  if (!textField) {
    const wanted = fields.textField ? `"${fields.textField}"` : '"text", "body" or "content"';
    return failure(file, position, id, 'record-without-text', `the record has no string field ${wanted}`);
  }
  const notes: Diagnostic[] = [...baseNotes];
  const dateField = (fields.dateField ? [fields.dateField] : DATE_FIELDS).find((f) => r[f] !== undefined && r[f] !== null);
  const bylineField = BYLINE_FIELDS.find((f) => typeof r[f] === 'string' && r[f] !== '');
  const publishedAt = dateField ? metadataDate(r[dateField]) : null;
  if (dateField && publishedAt === null) {
    notes.push({ code: 'date-unreadable', severity: 'warning', stage: 'io', message: `The record's ${dateField} "${String(r[dateField])}" is not a date; no reference date was taken from it.`, span: null });
  }
  return {
    ok: true,
    article: {
      text: r[textField] as string,
      id,
      title: typeof r['title'] === 'string' ? r['title'] : null,
      url: typeof r['url'] === 'string' ? r['url'] : null,
      byline: bylineField ? (r[bylineField] as string) : null,
      publishedAt,
      source: { path: file.relative, format: file.format, sha256: sha256(raw), record: position },
      notes,
    },
  };
}

/** Read a JSON file holding one record or an array of records. */
export function readJson(file: InputFile, bytes: Uint8Array, fields: RecordFields = {}): ReadResult[] {
  const decoded = decodeInput(file, bytes);
  if ('ok' in decoded) return [decoded];
  let value: unknown;
  try {
    value = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [failure(file, null, null, 'json-invalid', `not valid JSON: ${(error as Error).message}`)];
  }
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      let raw: string;
      try {
        raw = JSON.stringify(v);
      } catch {
        // JSON.parse takes any depth; serialising a record nested thousands of levels deep overflows the stack.
        return failure(file, i + 1, `${stem(file.relative)}#${i + 1}`, 'json-too-deep', 'the record is nested too deeply to be read');
      }
      return recordToArticle(file, v, i + 1, raw, decoded.notes, fields);
    });
  }
  const single = recordToArticle(file, value, 1, decoded.text, decoded.notes, fields);
  if (!single.ok) return [single];
  // A file with a single record is one article: its id is the file's, unless the record names one.
  const hasId = value !== null && typeof value === 'object' && (fields.idField ?? 'id') in value;
  return [
    {
      ...single,
      article: {
        ...single.article,
        id: hasId ? single.article.id : stem(file.relative),
        source: { ...single.article.source, sha256: sha256(bytes), record: null },
      },
    },
  ];
}

/** Read a JSON Lines file: one record per line; a malformed line is a failure of its own. */
export function readJsonLines(file: InputFile, bytes: Uint8Array, fields: RecordFields = {}): ReadResult[] {
  const decoded = decodeInput(file, bytes);
  if ('ok' in decoded) return [decoded];
  const results: ReadResult[] = [];
  const lines = decoded.text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      results.push(failure(file, i + 1, `${stem(file.relative)}#${i + 1}`, 'json-invalid', `line ${i + 1} is not valid JSON: ${(error as Error).message}`));
      continue;
    }
    results.push(recordToArticle(file, value, i + 1, line, decoded.notes, fields));
  }
  return results;
}
