import { report, type DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitParagraphs } from './paragraphs.js';
import { findQuotations } from './quotations.js';
import { splitSentences } from './sentences.js';
import { joinDoubledQuoteMarks, repairNumericTokens } from './numeric-tokens.js';
import { tokenize } from './tokenize.js';

/**
 * segment: tokens with POS tags, paragraphs, quotations (paired marks, also over paragraphs) and
 * quote- and abbreviation-aware sentences.
 */
export const segmentStage: Stage = {
  name: 'segment',
  needs: [],
  run(draft: DocumentDraft): void {
    const lex = draft.lexicons.segment;
    const read = tokenize(draft.text, lex.keptPeriods);
    const { unplaced } = read;
    const tokens = joinDoubledQuoteMarks(repairNumericTokens(draft.text, read.tokens, lex.currencyPrefixes));
    if (unplaced > 0) {
      report(draft, 'segment', 'warning', 'tokens-unplaced', `${unplaced} token(s) could not be placed in the text and were skipped.`);
    }
    draft.tokens = tokens;
    draft.paragraphs = splitParagraphs(tokens);
    draft.quotations = findQuotations(tokens, draft.paragraphs, lex);
    draft.sentences = splitSentences(tokens, draft.paragraphs, draft.quotations, lex);
    for (const q of draft.quotations) {
      if (!q.closed) {
        const open = tokens[q.tokenStart]!;
        report(draft, 'segment', 'info', 'quote-unclosed', 'A quotation mark opens a quotation that is never closed; it is taken to end with its paragraph.', open);
      }
    }
  },
};
