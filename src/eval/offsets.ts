import { normalizeText } from '../extract.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Offsets in claimkit's document text (normalised: no byte-order mark, LF line ends, NFC) mapped
 * back to the original text the gold offsets refer to. The identity when normalising changes
 * nothing, as for almost every gold document.
 */
export function originalOffsets(original: string): (offset: number) => number {
  if (normalizeText(original) === original) return (offset) => offset;
  // Walk the original grapheme by grapheme, recording where each normalised grapheme starts.
  const map: number[] = [];
  let from = 0;
  if (original.startsWith('\uFEFF')) from = 1;
  const body = original.slice(from);
  for (const { segment, index } of segmenter.segment(body)) {
    const normalized = segment === '\r\n' || segment === '\r' ? '\n' : segment.normalize('NFC');
    for (let k = 0; k < normalized.length; k++) map.push(from + index + Math.min(k, segment.length - 1));
  }
  map.push(original.length);
  return (offset) => map[Math.min(offset, map.length - 1)]!;
}

/** A span in the document text mapped to the original text. */
export function toOriginal<T extends { start: number; end: number }>(span: T, map: (offset: number) => number): T {
  return { ...span, start: map(span.start), end: map(span.end) };
}
