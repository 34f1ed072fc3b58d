import type { Diagnostic } from '../../schema/index.js';
import type { InputFile, ReadFailure } from '../article-source.js';
import { decode } from '../decode.js';

/** Decoded text of an input with the notes decoding produced, or a failure. */
export function decodeInput(file: InputFile, bytes: Uint8Array): { text: string; notes: Diagnostic[] } | ReadFailure {
  const decoded = decode(bytes);
  if (!decoded.ok) return failure(file, null, null, decoded.code, decoded.message);
  const notes: Diagnostic[] = [];
  if (decoded.invalidAt !== null) {
    notes.push({
      code: 'invalid-utf8',
      severity: 'warning',
      stage: 'io',
      message: `Bytes that are not valid UTF-8 (the first at byte offset ${decoded.invalidAt}) were replaced by U+FFFD.`,
      span: null,
    });
  }
  if (decoded.encoding !== 'utf-8') {
    notes.push({ code: 'encoding', severity: 'info', stage: 'io', message: `Read as ${decoded.encoding.toUpperCase()} (${decoded.bom ? 'byte-order mark' : 'no byte-order mark: recognised by its NUL bytes'}).`, span: null });
  }
  return { text: decoded.text, notes };
}

/** A failure record for an input or one of its records. */
export function failure(file: InputFile | null, record: number | null, id: string | null, code: string, message: string): ReadFailure {
  return { ok: false, path: file?.relative ?? null, record, id, code, message };
}

/** The input path without its extension: the id of a single-article file ("politics/001"). */
export function stem(relative: string): string {
  return relative.replace(/\.[^./]+$/, '');
}
