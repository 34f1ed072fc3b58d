import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { QuantityAnnotation } from '../../pipeline/types.js';
import { numbered } from './quantity-factory.js';
import { scanSentence } from './scan.js';

/**
 * quantities: numbers with value or range, bound, approximation, unit (currency, %, measure or
 * counted noun), rate and trend. Runs after times so that numbers inside dates are not counted.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['segment', 'mentions', 'times'],
  run(draft: DocumentDraft): void {
    const { tokens, text } = draft;
    const lex = draft.lexicons.quantities;
    const inTime = new Uint8Array(tokens.length);
    for (const t of draft.times) inTime.fill(1, t.tokenStart, t.tokenEnd);
    // The last token of each person's name, for ages set off by commas ("Dana Holt, 66,").
    const personEnds = new Uint8Array(tokens.length);
    for (const m of draft.mentions) if (m.kind === 'person') personEnds[m.tokenEnd - 1] = 1;
    const quantities: QuantityAnnotation[] = [];
    let timeIndex = 0;
    for (const sentence of draft.sentences) {
      const sets = [];
      while (timeIndex < draft.times.length && draft.times[timeIndex]!.sentence < sentence.index) timeIndex++;
      for (let t = timeIndex; t < draft.times.length && draft.times[t]!.sentence === sentence.index; t++) {
        if (draft.times[t]!.type === 'SET') sets.push(draft.times[t]!);
      }
      for (const q of scanSentence({ tokens, text, sentence, lex, inTime, personEnds, sets })) {
        quantities.push(numbered(q, `q${quantities.length + 1}`));
      }
    }
    draft.quantities = quantities;
  },
};
