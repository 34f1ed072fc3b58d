import type { InputFormat } from '../../schema/index.js';
import type { InputFile, ReadResult } from '../article-source.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readJson, readJsonLines, type RecordFields } from './records.js';
import { readText } from './text.js';

/** File extensions claimkit reads, and their formats. */
export const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** How to read inputs: for JSON and JSONL records, which fields hold the text, id and date. */
export interface ReadOptions {
  readonly fields?: RecordFields;
}

/** Read an input file's bytes into articles (and failed records) by its format. */
export function readInput(file: InputFile, bytes: Uint8Array, options: ReadOptions = {}): ReadResult[] {
  switch (file.format) {
    case 'md':
      return readMarkdown(file, bytes);
    case 'html':
      return readHtml(file, bytes);
    case 'json':
      return readJson(file, bytes, options.fields);
    case 'jsonl':
      return readJsonLines(file, bytes, options.fields);
    default:
      return readText(file, bytes);
  }
}
