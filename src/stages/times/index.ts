import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { TimeAnnotation } from '../../pipeline/types.js';
import { parseYmd } from './calendar-math.js';
import type { Discourse } from './context.js';
import { signalInterval, withIntervals } from './intervals.js';
import { scanSentence, type ScanContext } from './scan.js';
import { tenseAt } from './tense.js';

/**
 * A value as TIMEX3 can write it: a calendar value past year 9999 (a reference date in 9999 and
 * "next May") becomes the vague future, one before year 0 the vague past.
 */
function timexValue(value: string): string {
  if (/^\d{5}/.test(value)) return 'FUTURE_REF';
  return value.startsWith('-') ? 'PAST_REF' : value;
}

function intervalInCalendar(interval: TimeAnnotation['interval']): TimeAnnotation['interval'] {
  if (!interval) return interval;
  const start = interval.start === null ? null : timexValue(interval.start);
  const end = interval.end === null ? null : timexValue(interval.end);
  return start === interval.start && end === interval.end ? interval : { start, end };
}

/**
 * times: temporal expressions normalised to TIMEX3 against the reference date; "since X",
 * "until X", "between X and Y" and "from X to Y" give intervals; without a reference date,
 * unknown years stay unknown ("XXXX-11-09").
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
      const { matches, intervals } = withIntervals(ctx, scanSentence(ctx));
      for (const [index, m] of matches.entries()) {
        const before = m.tokenStart - 1 >= sentence.tokenStart ? tokens[m.tokenStart - 1]! : null;
        const signal = before && lex.timeSignals.has(before.norm) ? before : null;
        const intervalSignal = signal ? lex.intervalSignals.get(signal.norm) : undefined;
        const interval = intervals.get(index) ?? (intervalSignal && m.type === 'DATE' && !m.value.endsWith('_REF') ? signalInterval(m, intervalSignal, ref) : null);
        times.push({
          id: `t${times.length + 1}`,
          start: tokens[m.tokenStart]!.start,
          end: tokens[m.tokenEnd - 1]!.end,
          tokenStart: m.tokenStart,
          tokenEnd: m.tokenEnd,
          type: m.type,
          value: timexValue(m.value),
          mod: m.mod,
          interval: intervalInCalendar(interval),
          anchor: m.anchor,
          signal: signal ? { start: signal.start, end: signal.end } : null,
          sentence: sentence.index,
        });
      }
    }
    draft.times = times;
  },
};
