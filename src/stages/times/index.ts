import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { TimeAnnotation } from '../../pipeline/types.js';
import { formatYmd, parseYmd, type Ymd } from './calendar-math.js';
import type { Discourse } from './context.js';
import { intervalStartOf } from './resolve.js';
import { scanSentence, type ScanContext, type TimeMatch } from './scan.js';
import { tenseAt } from './tense.js';

/** The period a "since X" or "until X" time covers, given the reference date. */
function intervalOf(m: TimeMatch, signal: 'since' | 'until', ref: Ymd | null): TimeAnnotation['interval'] {
  const now = ref ? formatYmd(ref) : null;
  return signal === 'since' ? { start: intervalStartOf(m.value, m.mod), end: now } : { start: now, end: m.value };
}

/**
 * times: temporal expressions normalised to TIMEX3 against the reference date; "since" and
 * "until" give intervals; without a reference date, unknown years stay unknown ("XXXX-11-09").
 */
export const timesStage: Stage = {
  name: 'times',
  needs: ['segment'],
  run(draft: DocumentDraft): void {
    const lex = draft.lexicons.times;
    const { tokens } = draft;
    const ref = draft.referenceDate.value ? parseYmd(draft.referenceDate.value) : null;
    const times: TimeAnnotation[] = [];
    const discourse: Discourse = { day: null, year: null, month: null, quarter: null };
    for (const sentence of draft.sentences) {
      const ctx: ScanContext = { tokens, sentence, lex, ref, tenseAt: (k) => tenseAt(tokens, sentence, k, lex), discourse };
      for (const m of scanSentence(ctx)) {
        const before = m.tokenStart - 1 >= sentence.tokenStart ? tokens[m.tokenStart - 1]! : null;
        const signal = before && lex.timeSignals.has(before.norm) ? before : null;
        const intervalSignal = signal ? lex.intervalSignals.get(signal.norm) : undefined;
        times.push({
          id: `t${times.length + 1}`,
          start: tokens[m.tokenStart]!.start,
          end: tokens[m.tokenEnd - 1]!.end,
          tokenStart: m.tokenStart,
          tokenEnd: m.tokenEnd,
          type: m.type,
          value: m.value,
          mod: m.mod,
          interval: intervalSignal && m.type === 'DATE' && !m.value.endsWith('_REF') ? intervalOf(m, intervalSignal, ref) : null,
          anchor: m.anchor,
          signal: signal ? { start: signal.start, end: signal.end } : null,
          sentence: sentence.index,
        });
      }
    }
    draft.times = times;
  },
};
