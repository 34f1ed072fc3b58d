import type { Paragraph, Quotation, Range, Token } from '../../pipeline/types.js';
import type { SegmentLexicon } from './lexicon/index.js';

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

interface Mark {
  readonly family: Family;
  readonly role: Role;
}

interface OpenQuote {
  readonly family: Family;
  readonly depth: number;
  readonly tokenStart: number;
  readonly start: number;
  pieceStart: number;
  readonly pieces: Range[];
}

/** The quotation-mark role of a token, or null when it is not a quotation mark. */
function markOf(token: Token, lex: SegmentLexicon): Mark | null {
  const t = token.text;
  if (t.length !== 1 && t !== "''" && t !== '``') return null;
  if (lex.doubleOpeners.has(t)) return { family: 'double', role: 'open' };
  if (lex.doubleClosers.has(t)) return { family: 'double', role: 'close' };
  if (lex.doubleAmbiguous.has(t)) return { family: 'double', role: 'either' };
  if (lex.singleOpeners.has(t)) return { family: 'single', role: 'open' };
  if (lex.singleClosers.has(t)) return { family: 'single', role: 'close' };
  if (lex.singleAmbiguous.has(t)) return { family: 'single', role: 'either' };
  return null;
}

/** Whether a straight mark at `i` sits where an opening mark would: after space, before a word. */
function looksOpening(tokens: readonly Token[], i: number, paragraphStart: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const attachedToNext = next !== undefined && !next.spaceBefore && next.newlinesBefore === 0;
  const detachedFromPrev = i === paragraphStart || t.spaceBefore || /^[(\[{—–-]$/u.test(tokens[i - 1]!.text);
  return detachedFromPrev && attachedToNext;
}

/** Whether a straight mark at `i` sits where a closing mark would: after a word, before space or punctuation. */
function looksClosing(tokens: readonly Token[], i: number, paragraphEnd: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const attachedToPrev = !t.spaceBefore;
  const detachedFromNext = i + 1 >= paragraphEnd || next === undefined || next.spaceBefore || next.type === 'punctuation';
  return attachedToPrev && detachedFromNext;
}

/**
 * Find quotations: pairs of quotation marks, nested at most one level (single inside double,
 * or the reverse). Follows the news convention for quotes over several paragraphs: a paragraph
 * that ends inside a quotation and a next paragraph that opens with the same mark continue one
 * quotation. A quotation still open at a paragraph end without such a continuation ends there,
 * unclosed.
 *
 * @returns The quotations in order of their opening mark (`closed: false` for those left open).
 */
export function findQuotations(tokens: readonly Token[], paragraphs: readonly Paragraph[], lex: SegmentLexicon): Quotation[] {
  const found: Omit<Quotation, 'index'>[] = [];
  const stack: OpenQuote[] = [];

  const finish = (q: OpenQuote, tokenEnd: number, end: number, closed: boolean): void => {
    // An unclosed single mark is far more often an apostrophe ("'90s") than a quotation.
    if (!closed && q.family === 'single') return;
    q.pieces.push({ start: q.pieceStart, end });
    found.push({
      start: q.start,
      end,
      tokenStart: q.tokenStart,
      tokenEnd,
      depth: q.depth,
      closed,
      pieces: q.pieces,
    });
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let i = para.tokenStart;
    // A quotation left open by the previous paragraph continues when this one opens with its mark.
    if (stack.length > 0) {
      const first = tokens[i];
      const mark = first ? markOf(first, lex) : null;
      const outer = stack[0]!;
      if (first && mark && mark.family === outer.family && mark.role !== 'close' && looksOpening(tokens, i, para.tokenStart)) {
        const prev = paragraphs[p - 1]!;
        while (stack.length > 1) finish(stack.pop()!, prev.tokenEnd, prev.end, false);
        outer.pieces.push({ start: outer.pieceStart, end: prev.end });
        outer.pieceStart = first.start;
        i++;
      } else {
        const prev = paragraphs[p - 1]!;
        while (stack.length > 0) finish(stack.pop()!, prev.tokenEnd, prev.end, false);
      }
    }
    for (; i < para.tokenEnd; i++) {
      const token = tokens[i]!;
      const mark = markOf(token, lex);
      if (!mark) continue;
      const top = stack[stack.length - 1];
      // `''a 'quiet fix,''' he said`: typewriter marks that close a single quotation and
      // the double one around it come as '' then '; the single closes first.
      if (token.text === "''" && stack.length === 2 && top!.family === 'single' && tokens[i + 1]?.text === "'" && !tokens[i + 1]!.spaceBefore && i + 1 < para.tokenEnd) {
        const inner = stack.pop()!;
        inner.pieces.push({ start: inner.pieceStart, end: token.end });
        found.push({ start: inner.start, end: token.end, tokenStart: inner.tokenStart, tokenEnd: i + 1, depth: inner.depth, closed: true, pieces: inner.pieces });
        const outer = stack.pop()!;
        const closing = tokens[i + 1]!;
        outer.pieces.push({ start: outer.pieceStart, end: closing.end });
        found.push({ start: outer.start, end: closing.end, tokenStart: outer.tokenStart, tokenEnd: i + 2, depth: outer.depth, closed: true, pieces: outer.pieces });
        i++;
        continue;
      }
      const canClose = top !== undefined && top.family === mark.family;
      let role = mark.role;
      if (role === 'either') {
        if (canClose && looksClosing(tokens, i, para.tokenEnd)) role = 'close';
        else if (looksOpening(tokens, i, para.tokenStart)) role = 'open';
        else role = canClose ? 'close' : 'open';
      }
      // `”Fear is ...` opening a paragraph: a closing mark set by mistake for an opening one.
      if (role === 'close' && !canClose && mark.family === 'double' && i === para.tokenStart && looksOpening(tokens, i, para.tokenStart)) role = 'open';
      if (role === 'close') {
        // A lone ’ or ' with nothing open of its family is an apostrophe ("soldiers’ posts").
        if (!canClose) continue;
        const q = stack.pop()!;
        q.pieces.push({ start: q.pieceStart, end: token.end });
        found.push({ start: q.start, end: token.end, tokenStart: q.tokenStart, tokenEnd: i + 1, depth: q.depth, closed: true, pieces: q.pieces });
        continue;
      }
      // Opening: single marks open only at a word start, so "’" inside words never does.
      if (mark.family === 'single' && !looksOpening(tokens, i, para.tokenStart)) continue;
      if (top !== undefined && top.family === mark.family) {
        // A straight mark left open, then a curly opening mark of the same family: in text set
        // with curly quotes the straight one is stray (`"Kevin was asleep. “Here he is,” she said.`).
        if (tokens[top.tokenStart]!.text !== '"' || token.text === '"') continue;
        stack.pop();
      }
      if (stack.length >= 2) continue;
      stack.push({ family: mark.family, depth: stack.length, tokenStart: i, start: token.start, pieceStart: token.start, pieces: [] });
    }
  }
  const last = paragraphs[paragraphs.length - 1];
  if (last) while (stack.length > 0) finish(stack.pop()!, last.tokenEnd, last.end, false);

  found.sort((a, b) => a.start - b.start || a.depth - b.depth);
  // One literal, fields in one order: every quotation shares one hidden class.
  return found.map((q, index) => ({ index, start: q.start, end: q.end, tokenStart: q.tokenStart, tokenEnd: q.tokenEnd, depth: q.depth, closed: q.closed, pieces: q.pieces }));
}
