import type { InputFile, ReadResult } from '../article-source.js';
import { sha256 } from '../../extract.js';
import { decodeInput, stem } from './shared.js';

/** Read a plain-text article: the whole file is the text. */
export function readText(file: InputFile, bytes: Uint8Array): ReadResult[] {
  const decoded = decodeInput(file, bytes);
  if ('ok' in decoded) return [decoded];
  return [
    {
      ok: true,
      article: {
        text: decoded.text,
        id: stem(file.relative),
        title: null,
        url: null,
        publishedAt: null,
        source: { path: file.relative, format: file.format, sha256: sha256(bytes), record: null },
        notes: decoded.notes,
      },
    },
  ];
}
