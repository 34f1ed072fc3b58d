import type { InputFormat } from '../../schema/index.js';
import type { InputFile, ReadResult } from '../article-source.js';
import { readMarkdown } from './markdown.js';
import { readJson, readJsonLines } from './records.js';
import { readText } from './text.js';

/** File extensions claimkit reads, and their formats. */
export const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Read an input file's bytes into articles (and failed records) by its format. */
export function readInput(file: InputFile, bytes: Uint8Array): ReadResult[] {
  switch (file.format) {
    case 'md':
      return readMarkdown(file, bytes);
    case 'json':
      return readJson(file, bytes);
    case 'jsonl':
      return readJsonLines(file, bytes);
    default:
      return readText(file, bytes);
  }
}
