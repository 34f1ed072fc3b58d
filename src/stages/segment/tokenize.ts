import type { Token } from '../../pipeline/types.js';
import { makeToken } from './token-factory.js';
import { readDocument } from './wink-tagger.js';

const UPPER_INITIAL = /^\p{Lu}/u;
const CURLY_APOSTROPHE = /’/g;
const WORD_WITH_PERIOD = /^(?:[\p{L}\p{N}]{2,}|[\p{Ll}\p{N}])\.$/u;

/** Whether a word starts with an upper-case letter (an ASCII fast path before the Unicode test). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_INITIAL.test(word);
}

/** Lower case, with curly apostrophes made straight. */
function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

/** Count the line breaks in a stretch of whitespace. */
function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Split text into tokens with part-of-speech tags and character offsets.
 *
 * wink-nlp tokenizes and tags; its tokens plus their preceding whitespace rebuild the text
 * exactly, so offsets come from a running cursor. Whitespace tokens (line breaks) are dropped and
 * recorded as `newlinesBefore` on the next token.
 *
 * @param abbreviations Lower-case abbreviations (without period) that keep their period.
 * @returns Tokens in text order; `unplaced` counts tokens whose text could not be found at the cursor.
 */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): { tokens: Token[]; unplaced: number } {
  const { doc, its } = readDocument(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  const types = all.out(its.type) as string[];

  const tokens: Token[] = [];
  let cursor = 0;
  let newlines = 0;
  let space = false;
  let unplaced = 0;
  for (let i = 0; i < values.length; i++) {
    const gap = spaces[i] ?? '';
    cursor += gap.length;
    if (gap.length > 0) {
      space = true;
      newlines += countNewlines(gap);
    }
    const value = values[i] ?? '';
    let start = cursor;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) {
        unplaced++;
        continue;
      }
      newlines += countNewlines(text.slice(cursor, found));
      space = space || found > cursor;
      start = found;
    }
    cursor = start + value.length;
    if (value.trim() === '') {
      space = true;
      newlines += countNewlines(value);
      continue;
    }
    // The tokenizer keeps a sentence's final period on some words ("June.", "8pm."): split it
    // off unless the word is a known abbreviation or an initial ("A.").
    const glued = value.length > 1 && value.charCodeAt(value.length - 1) === 46 && WORD_WITH_PERIOD.test(value) && !abbreviations.has(value.slice(0, -1).toLowerCase());
    const word = glued ? value.slice(0, -1) : value;
    tokens.push(makeToken({
      index: tokens.length,
      start,
      end: start + word.length,
      text: word,
      norm: normalise(word),
      pos: tags[i] ?? 'X',
      type: types[i] ?? 'word',
      spaceBefore: space,
      newlinesBefore: newlines,
      capitalized: startsUpper(word),
    }));
    if (glued) {
      tokens.push(makeToken({
        index: tokens.length,
        start: cursor - 1,
        end: cursor,
        text: '.',
        norm: '.',
        pos: 'PUNCT',
        type: 'punctuation',
        spaceBefore: false,
        newlinesBefore: 0,
        capitalized: false,
      }));
    }
    newlines = 0;
    space = false;
  }
  return { tokens, unplaced };
}
