import type { Token } from '../pipeline/types.js';

/** A compiled list of words and phrases, matched against runs of tokens. */
export interface PhraseSet {
  readonly keys: ReadonlySet<string>;
  /** Leading letter runs of the phrases, to skip most tokens at once. */
  readonly heads: ReadonlySet<string>;
  readonly maxLength: number;
  readonly caseSensitive: boolean;
}

const LEADING_RUN = /^[\p{L}\p{N}]+/u;

/** Fold a string for case-insensitive comparison: lower case, curly apostrophes straight. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/’/g, "'");
}

/** The leading run of letters and digits of a string (plain ASCII words without a regex). */
function headOf(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  if (i === s.length) return s;
  if (i > 0 && s.charCodeAt(i) < 128) return s.slice(0, i);
  return LEADING_RUN.exec(s)?.[0] ?? s.slice(0, 1);
}

/**
 * Compile phrases for matching. Whitespace in a phrase matches any whitespace between tokens;
 * tokens written together ("General’s") match phrases written together.
 *
 * @param caseSensitive Compare exactly (names) or folded (common words).
 */
export function compilePhrases(phrases: Iterable<string>, caseSensitive: boolean): PhraseSet {
  const keys = new Set<string>();
  const heads = new Set<string>();
  let maxLength = 0;
  for (const raw of phrases) {
    const phrase = raw.trim().replace(/\s+/g, ' ');
    if (phrase === '') continue;
    const key = caseSensitive ? phrase : fold(phrase);
    keys.add(key);
    const head = headOf(key);
    heads.add(head);
    // wink-nlp splits some non-ASCII letters off as tokens of their own ("μm" → "μ" + "m").
    if (head.charCodeAt(0) >= 128) heads.add(String.fromCodePoint(head.codePointAt(0)!));
    maxLength = Math.max(maxLength, key.length);
  }
  return { keys, heads, maxLength, caseSensitive };
}

/** The text of `tokens[from..to)` with single spaces where the text has whitespace. */
export function surface(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    s += k > from && t.spaceBefore ? ' ' + t.text : t.text;
  }
  return s;
}

/**
 * Longest phrase of the set starting at token `from`, not reaching past `limit`.
 *
 * @returns The exclusive end token index of the match, or -1.
 */
export function matchAt(set: PhraseSet, tokens: readonly Token[], from: number, limit: number): number {
  const first = tokens[from];
  if (!first) return -1;
  const firstText = set.caseSensitive ? first.text : first.norm;
  if (!set.heads.has(headOf(firstText))) return -1;
  let s = '';
  let best = -1;
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    const text = set.caseSensitive ? t.text : t.norm;
    s += k > from && t.spaceBefore ? ' ' + text : text;
    if (s.length > set.maxLength) break;
    if (set.keys.has(s)) best = k + 1;
  }
  return best;
}

/**
 * Longest phrase of the set ending just before token `end`, not starting before `floor`.
 *
 * @returns The start token index of the match, or -1.
 */
export function matchEndingAt(set: PhraseSet, tokens: readonly Token[], end: number, floor: number): number {
  let s = '';
  let best = -1;
  for (let k = end - 1; k >= floor; k--) {
    const t = tokens[k]!;
    const text = set.caseSensitive ? t.text : t.norm;
    const next = tokens[k + 1];
    s = k < end - 1 && next!.spaceBefore ? text + ' ' + s : text + s;
    if (s.length > set.maxLength) break;
    if (set.keys.has(s)) best = k;
  }
  return best;
}

/** Whether the set holds this single word. */
export function hasWord(set: PhraseSet, word: string): boolean {
  return set.keys.has(set.caseSensitive ? word : fold(word));
}
