import type { InputFormat } from '../../schema/index.js';
import type { InputFile, ReadResult } from '../article-source.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readJson, readJsonLines, type RecordFields } from './records.js';
import { failure } from './shared.js';
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

/**
 * Read an input file's bytes into articles (and failed records) by its format. Never throws:
 * a reader that fails on hostile input (stack overflow on nesting, a parser's own error) gives
 * one failure record for the file.
 */
export function readInput(file: InputFile, bytes: Uint8Array, options: ReadOptions = {}): ReadResult[] {
  try {
    return readByFormat(file, bytes, options);
  } catch (error) {
    return [failure(file, null, null, 'unreadable', `the ${file.format} reader failed: ${(error as Error).message ?? String(error)}`)];
  }
}

function readByFormat(file: InputFile, bytes: Uint8Array, options: ReadOptions = {}): ReadResult[] {
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
