import type { AttributionCore, Range } from '../../pipeline/types.js';
import { firstEndingAfter } from '../../text/sorted-ranges.js';
import { COORDINATORS } from './lexicon/grammar.js';
import type { AttributionContext } from './sentence-view.js';


/**
 * End a content where the next speaker of the same sentence begins: in "X said prices rose,
 * while critics argued they fell", X's content stops before "while critics". A cue nested at
 * the very start of a content ("X said Y argued Z") and a speaker's turn after a colon are
 * left alone.
 */
export function clipAtNextSpeaker(ctx: AttributionContext, attributions: readonly AttributionCore[]): AttributionCore[] {
  const { tokens } = ctx;
  const starts = attributions
    .map((a) => Math.min(a.source?.phrase?.start ?? Infinity, a.source?.start ?? Infinity, a.cue?.start ?? Infinity))
    .filter((s) => s !== Infinity)
    .sort((x, y) => x - y);
  return attributions.map((a) => {
    // A speaker's turn after a colon ("HOLT: Well, the board says ...") holds all it reports.
    if (a.cue?.lemma === ':') return a;
    const last = a.fragments[a.fragments.length - 1]!;
    const next = starts.find((s) => s > last.start && s < last.end);
    if (next === undefined) return a;
    let k = firstEndingAfter(tokens, next) - 1;
    if (k < 0 || !COORDINATORS.has(tokens[k]!.norm)) return a;
    while (k > 0 && COORDINATORS.has(tokens[k]!.norm) && tokens[k]!.start > last.start) k--;
    const end = tokens[k]!.end;
    if (end <= last.start) return a;
    const first = firstEndingAfter(tokens, last.start);
    if (k - first + 1 < 2) return a;
    const clipped: Range = { start: last.start, end };
    return { ...a, fragments: [...a.fragments.slice(0, -1), clipped] };
  });
}
