import type { ClaimRecord, Document } from '../schema/index.js';

/**
 * A converter from UTF-16 offsets (JavaScript string indices, claimkit's default) to Unicode
 * code point offsets (Python string indices) for one text. Linear to build, constant per lookup.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  let surrogates = false;
  for (let i = 0; i < text.length && !surrogates; i++) {
    const c = text.charCodeAt(i);
    surrogates = c >= 0xd800 && c <= 0xdbff;
  }
  if (!surrogates) return (utf16) => utf16;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (utf16) => map[Math.min(Math.max(utf16, 0), text.length)]!;
}

const OFFSET_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'contentStart', 'contentEnd']);

/** A copy of a value with every offset key (start, end, contentStart, contentEnd) converted. */
function convert<T>(value: T, map: (n: number) => number): T {
  if (Array.isArray(value)) return value.map((v) => convert(v, map)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = OFFSET_KEYS.has(k) && typeof v === 'number' ? map(v) : convert(v, map);
  return out as T;
}

/** The document with every offset in Unicode code points and `offsetUnit: "codepoint"`. */
export function documentInCodePoints(doc: Document): Document {
  const map = codePointOffsets(doc.text);
  return { ...convert(doc, map), text: doc.text, offsetUnit: 'codepoint' };
}

/** Claim records of a document with their offsets in Unicode code points. */
export function recordsInCodePoints(doc: Document, records: readonly ClaimRecord[]): ClaimRecord[] {
  const map = codePointOffsets(doc.text);
  return records.map((r) => convert(r, map));
}
