import type { Paragraph, Quotation, Sentence, Token } from '../../pipeline/types.js';
import type { SegmentLexicon } from './lexicon/index.js';

const TERMINAL = /^[.!?…]+$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;

/** Whether a token can end a sentence: terminal punctuation, or a word ending in a period ("U.S."). */
function isTerminal(token: Token): boolean {
  return TERMINAL.test(token.text) || (token.type === 'word' && token.text.length > 1 && token.text.endsWith('.'));
}

/** Whether a token can open a sentence. */
function opensSentence(token: Token, lex: SegmentLexicon): boolean {
  const first = token.text[0] ?? '';
  return (
    token.capitalized ||
    token.type === 'number' ||
    // A typewriter double quotation mark ("''" or "``", joined into one token by segment).
    token.text === "''" ||
    token.text === '``' ||
    /^\d/.test(first) ||
    lex.doubleOpeners.has(first) ||
    lex.doubleAmbiguous.has(first) ||
    lex.singleOpeners.has(first) ||
    lex.openingBrackets.has(first) ||
    first === '-' ||
    first === '–' ||
    first === '—' ||
    first === '•'
  );
}

/**
 * Whether the period at `i` belongs to an abbreviation that does not end the sentence here.
 * Covers titles ("Mr.", "Dept ."), initials ("A. B. Cohen"), "No. 5", "Nov. 9" and dotted
 * acronyms followed by a name ("the U.S. President").
 */
function isAbbreviationInside(tokens: readonly Token[], i: number, next: Token, lex: SegmentLexicon): boolean {
  const t = tokens[i]!;
  let word: string;
  let raw: string;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    if (!prev || t.spaceBefore || prev.type !== 'word') return false;
    word = prev.norm;
    raw = prev.text + '.';
  } else if (t.text.endsWith('.') && t.type === 'word') {
    word = t.norm.slice(0, -1);
    raw = t.text;
  } else {
    return false;
  }
  if (lex.nonFinalAbbreviations.has(word)) return true;
  if (lex.monthAbbreviations.has(word) && /^\d/.test(next.text)) return true;
  if (SINGLE_INITIAL.test(raw) && next.capitalized) return true;
  if (DOTTED_ACRONYM.test(raw) && next.capitalized && !lex.sentenceOpeners.has(next.norm)) return true;
  return false;
}

/**
 * Quotations whose sentence goes on after the closing mark (`"We won. They lost," she said`):
 * no sentence boundary is placed inside them.
 */
function continuingQuotations(tokens: readonly Token[], quotations: readonly Quotation[], paragraphs: readonly Paragraph[], paragraphOf: Int32Array): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (const q of quotations) {
    if (q.depth !== 0 || !q.closed || q.pieces.length !== 1) continue;
    const closeIndex = q.tokenEnd - 1;
    const para = paragraphs[paragraphOf[closeIndex]!]!;
    const after = tokens[q.tokenEnd];
    const beforeClose = tokens[closeIndex - 1];
    if (!after || q.tokenEnd >= para.tokenEnd) continue;
    const continues =
      /^\p{Ll}/u.test(after.text) || /^[,;:—–-]$/u.test(after.text) || (beforeClose !== undefined && /^[,;:—–-]$/u.test(beforeClose.text));
    if (!continues) continue;
    for (let k = q.tokenStart; k < q.tokenEnd; k++) inside[k] = 1;
  }
  return inside;
}

/**
 * Split paragraphs into sentences. A sentence ends at terminal punctuation (plus any closing
 * quotation marks and brackets after it) when the next token can open a sentence, except after
 * abbreviations and inside a quotation whose sentence continues after it. Paragraph ends always
 * end a sentence.
 */
export function splitSentences(
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  quotations: readonly Quotation[],
  lex: SegmentLexicon,
): Sentence[] {
  const paragraphOf = new Int32Array(tokens.length);
  for (const p of paragraphs) paragraphOf.fill(p.index, p.tokenStart, p.tokenEnd);
  const closers = new Uint8Array(tokens.length);
  for (const q of quotations) if (q.closed) closers[q.tokenEnd - 1] = 1;
  const suppressed = continuingQuotations(tokens, quotations, paragraphs, paragraphOf);

  const sentences: Sentence[] = [];
  const push = (from: number, to: number, paragraph: number): void => {
    if (to <= from) return;
    sentences.push({
      index: sentences.length,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      tokenStart: from,
      tokenEnd: to,
      paragraph,
    });
  };

  for (const para of paragraphs) {
    let first = para.tokenStart;
    for (let i = para.tokenStart; i < para.tokenEnd; i++) {
      const t = tokens[i]!;
      if (!isTerminal(t) || suppressed[i]) continue;
      let j = i + 1;
      while (j < para.tokenEnd && (closers[j] || lex.closingBrackets.has(tokens[j]!.text) || TERMINAL.test(tokens[j]!.text))) j++;
      if (j >= para.tokenEnd) break;
      const next = tokens[j]!;
      if (!opensSentence(next, lex)) continue;
      if (isAbbreviationInside(tokens, i, next, lex)) continue;
      push(first, j, para.index);
      first = j;
      i = j - 1;
    }
    push(first, para.tokenEnd, para.index);
  }
  return sentences;
}
