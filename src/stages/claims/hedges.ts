import type { HedgeDraft, Range, Token } from '../../pipeline/types.js';
import { matchAt, surface } from '../../text/phrase-set.js';
import type { ClaimsLexicon } from './lexicon/index.js';
import { tokensInside } from './token-ranges.js';

/**
 * Hedges ("reportedly", "an estimated", "if", "could") inside the given ranges, in text order.
 * Tokens of time expressions are skipped ("in May" is not the modal "may").
 */
export function findHedges(tokens: readonly Token[], ranges: readonly Range[], lex: ClaimsLexicon, inTime: Uint8Array): HedgeDraft[] {
  const found: HedgeDraft[] = [];
  for (const r of ranges) {
    const { from, to } = tokensInside(tokens, r);
    for (let k = from; k < to; k++) {
      if (inTime[k]) continue;
      const end = matchAt(lex.hedgePhrases, tokens, k, to);
      if (end <= k) continue;
      const kind = lex.hedges.get(surface(tokens, k, end).toLowerCase().replace(/’/g, "'"));
      if (!kind) continue;
      found.push({ start: tokens[k]!.start, end: tokens[end - 1]!.end, kind });
      k = end - 1;
    }
  }
  return found;
}
