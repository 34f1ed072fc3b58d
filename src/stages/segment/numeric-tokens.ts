import type { Token } from '../../pipeline/types.js';
import { makeToken, withFields } from './token-factory.js';

/**
 * The numbers a run of glued characters can hold, most specific first: an ISO date, a clock
 * time ("10:30", "10.45pm"), a fraction ("1/16", "1⁄32"), a hyphenated pair ("5-10"), a
 * grouped or decimal number with an optional sign ("-50.8", "+0.2", "12,400,000"), and a bare
 * decimal (".001"). Each alternative is linear: no nested quantifiers over the same characters.
 */
const NUMBER_PIECE =
  /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}(?:[ap]m|[ap]\.m\.)(?![\p{L}\d])|\d+[/⁄]\d+|\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?|[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?|\.\d+/giu;
const DIGIT = /\d/;
const LETTERS = /^\p{L}+$/u;
const CLOCK = /^\d{1,2}(?:\.\d{2}(?:[ap]m|[ap]\.m\.)|:\d{2}(?::\d{2})?)$/i;

/** One piece of a re-split run: its text, where it starts, and what kind of token it is. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly kind: 'number' | 'time' | 'other';
}

/** Cut a run of glued text into numbers and the stretches between them (letters stay whole). */
function pieces(s: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  NUMBER_PIECE.lastIndex = 0;
  for (let m = NUMBER_PIECE.exec(s); m; m = NUMBER_PIECE.exec(s)) {
    // A sign counts only at the start of the run or after a symbol ("$-50.8"), not inside a word ("minus-5" keeps "-").
    let from = m.index;
    if (/^[-+−]/u.test(m[0]) && from > 0 && /[\p{L}\d]/u.test(s[from - 1]!)) from++;
    if (from > last) out.push(...between(s, last, from, offset));
    const kind = CLOCK.test(m[0]) ? 'time' : 'number';
    out.push({ start: offset + from, end: offset + m.index + m[0].length, kind });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(...between(s, last, s.length, offset));
  return out;
}

/** The stretch between two numbers, as letter runs and single other characters. */
function between(s: string, from: number, to: number, offset: number): Piece[] {
  const out: Piece[] = [];
  let k = from;
  while (k < to) {
    let e = k + 1;
    if (/\p{L}/u.test(s[k]!)) while (e < to && /\p{L}/u.test(s[e]!)) e++;
    out.push({ start: offset + k, end: offset + e, kind: 'other' });
    k = e;
  }
  return out;
}

/**
 * Repair wink-nlp's tokens where they cut through a number or glue one to letters:
 * "10.4" + "5pm" → "10.45pm"; "US12" + "," + "400,000" → "US" + "12,400,000"; "RM12" + "." +
 * "40" → "RM" + "12.40"; "." + "001" → ".001"; "1" + "⁄" + "32" → "1⁄32". Runs of tokens
 * without whitespace between them are re-split only when a number does not line up with their
 * token boundaries; everything else is left as wink-nlp made it. Tokens are re-indexed.
 */
export function repairNumericTokens(text: string, tokens: Token[], currencyPrefixes: ReadonlySet<string> = new Set()): Token[] {
  let out: Token[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.spaceBefore) j++;
    let hasDigit = false;
    for (let k = i; k < j && !hasDigit; k++) hasDigit = DIGIT.test(tokens[k]!.text);
    const fixed = hasDigit ? (j - i > 1 ? resplit(text, tokens.slice(i, j)) : null) ?? splitCurrencyPrefixes(text, tokens.slice(i, j), currencyPrefixes) : null;
    if (fixed && !out) out = tokens.slice(0, i);
    if (out) for (const t of fixed ?? tokens.slice(i, j)) out.push(t.index === out.length ? t : withFields(t, { index: out.length }));
    i = j;
  }
  return out ?? tokens;
}

/** Re-split one glued run if a number straddles a boundary between its tokens, else null. */
function resplit(text: string, run: readonly Token[]): Token[] | null {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const parts = pieces(text.slice(first.start, last.end), first.start);
  // Only a number cut in two by wink-nlp is repaired ("10.4" + "5pm"); a number glued to letters
  // in one token ("5pm", "G7") is left alone.
  const crossed = parts.some((p) => p.kind !== 'other' && run.some((t) => t.start > p.start && t.start < p.end));
  return crossed ? tokensOf(text, parts, run) : null;
}

/**
 * Split the currency codes written against their number in one token of a glued run ("RM12" →
 * "RM" + "23", "PS30m," → "PS" + "30" + "m" + ","), else null.
 */
function splitCurrencyPrefixes(text: string, run: readonly Token[], prefixes: ReadonlySet<string>): Token[] | null {
  let out: Token[] | null = null;
  for (let n = 0; n < run.length; n++) {
    const token = run[n]!;
    const firstDigit = token.text.search(DIGIT);
    const split = firstDigit > 0 && prefixes.has(token.text.slice(0, firstDigit));
    if (split) {
      out ??= run.slice(0, n);
      const parts = tokensOf(text, pieces(token.text, token.start), [token]);
      out.push(...parts);
    } else if (out) out.push(token);
  }
  return out;
}

/** Tokens for the pieces of a glued run, keeping wink-nlp's tags where a piece is one of its tokens. */
function tokensOf(text: string, parts: readonly Piece[], run: readonly Token[]): Token[] {
  const first = run[0]!;
  const byStart = new Map(run.map((t) => [t.start, t]));
  return parts.map((p, n) => {
    const value = text.slice(p.start, p.end);
    const same = byStart.get(p.start);
    const kept = same && same.end === p.end ? same : null;
    const letters = LETTERS.test(value);
    return makeToken({
      index: 0,
      start: p.start,
      end: p.end,
      text: value,
      norm: value.toLowerCase().replace(/’/g, "'"),
      pos: kept ? kept.pos : p.kind === 'number' ? 'NUM' : letters ? (/^\p{Lu}/u.test(value) ? 'PROPN' : 'NOUN') : 'SYM',
      type: kept ? kept.type : p.kind === 'number' ? 'number' : p.kind === 'time' ? 'time' : letters ? 'word' : 'punctuation',
      spaceBefore: n === 0 ? first.spaceBefore : false,
      newlinesBefore: n === 0 ? first.newlinesBefore : 0,
      capitalized: /^\p{Lu}/u.test(value),
    });
  });
}

/**
 * Join the two marks of a typewriter double quotation mark ("''" and "``", as in some wire and
 * newspaper text), which wink-nlp splits in two, into one token.
 */
export function joinDoubledQuoteMarks(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const doubled = next !== undefined && !next.spaceBefore && next.newlinesBefore === 0 && next.start === t.end && (t.text === "'" || t.text === '`') && next.text === t.text;
    // "''A museum": wink reads the second mark as the start of the word ("'A").
    const glued = !doubled && next !== undefined && t.text === "'" && !next.spaceBefore && next.start === t.end && next.text.length > 1 && next.text[0] === "'" && /^'\p{L}/u.test(next.text);
    if ((doubled || glued) && !out) out = tokens.slice(0, i);
    if (doubled) {
      out!.push(withFields(t, { index: out!.length, end: next.end, text: t.text + next.text, norm: t.norm + next.norm, pos: 'PUNCT', type: 'punctuation' }));
      i++;
    } else if (glued) {
      out!.push(withFields(t, { index: out!.length, end: t.end + 1, text: "''", norm: "''", pos: 'PUNCT', type: 'punctuation' }));
      const word = next.text.slice(1);
      out!.push(withFields(next, { index: out!.length, start: next.start + 1, text: word, norm: word.toLowerCase().replace(/’/g, "'"), spaceBefore: false, newlinesBefore: 0, capitalized: /^\p{Lu}/u.test(word) }));
      i++;
    } else if (out) out.push(t.index === out.length ? t : withFields(t, { index: out.length }));
  }
  return out ?? tokens;
}
