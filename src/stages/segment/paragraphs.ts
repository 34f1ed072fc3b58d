import type { Paragraph, Token } from '../../pipeline/types.js';

const SENTENCE_END = /[.!?…:"”’)\]]$/u;
const LOWER_INITIAL = /^\p{Ll}/u;

/**
 * Group tokens into paragraphs. A line break starts a paragraph (news text puts one paragraph on
 * a line) unless the line looks hard-wrapped: a single break, after a token that cannot end a
 * sentence, before a lower-case word.
 */
export function splitParagraphs(tokens: readonly Token[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let first = 0;
  const close = (end: number): void => {
    if (end <= first) return;
    const a = tokens[first]!;
    const b = tokens[end - 1]!;
    paragraphs.push({ index: paragraphs.length, start: a.start, end: b.end, tokenStart: first, tokenEnd: end });
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newlinesBefore === 0) continue;
    const wrapped = t.newlinesBefore === 1 && LOWER_INITIAL.test(t.text) && !SENTENCE_END.test(tokens[i - 1]!.text);
    if (wrapped) continue;
    close(i);
    first = i;
  }
  close(tokens.length);
  return paragraphs;
}
