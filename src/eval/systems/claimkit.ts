import { extract } from '../../extract.js';
import type { Document } from '../../schema/index.js';
import type { AttributionItem } from '../attribution.js';
import { DURATION_UNITS, RATE_PERIODS, UNIT_ALIASES } from '../lexicon/unit-aliases.js';
import { polnearContent, polnearCue } from '../polnear-conventions.js';
import type { Change, QuantityItem } from '../quantities.js';
import type { TimeItem } from '../times.js';
import type { QuantitySystem, TimeSystem } from './types.js';

const DURATION = /^P(T?)(\d+(?:\.\d+)?)(DE|CE|[YMWDHS])$/;

/**
 * Our quantity's bound, approximation and trend in CQE's change vocabulary: a bound first
 * ("climbed more than 3%" is ">"), then a trend where the number is the size of a change
 * ("rose 5%"); the level reached ("rose to 180,000") and a from–to pair are "=" there.
 */
export function changeOf(q: Document['quantities'][number]): Change {
  if (q.bound === '>' || q.bound === '>=') return '>';
  if (q.bound === '<' || q.bound === '<=') return '<';
  if (q.bound === '~' || q.approximate) return '~';
  if (q.trend && q.trendOf === 'amount') return q.trend;
  return '=';
}

/** A TIMEX3 mod as CQE's change ("more than four hours" → ">"). */
function changeOfMod(mod: string | null): Change {
  if (mod === 'MORE_THAN' || mod === 'EQUAL_OR_MORE') return '>';
  if (mod === 'LESS_THAN' || mod === 'EQUAL_OR_LESS') return '<';
  return mod === 'APPROX' ? '~' : '=';
}

/** A unit and the names it stands for ("GBP" → "gbp", "pound", "pound sterling", ...). */
export function unitNames(unit: string | null): string[] {
  if (!unit) return [];
  const lower = unit.toLowerCase();
  return [lower, ...(Object.hasOwn(UNIT_ALIASES, lower) ? UNIT_ALIASES[lower]! : [])];
}

/**
 * The names of a quantity's unit as CQE writes them: the unit's names, each also "per" what the
 * price or rate is per ("dollar per barrel", "dollar per month"), and for a counted noun phrase
 * also its last word ("European countries" → "countries"), since CQE's units keep or drop
 * modifiers from one sentence to the next.
 */
export function quantityUnitNames(q: Document['quantities'][number]): string[] {
  const names = unitNames(q.unit);
  if (q.kind === 'count' && q.unit && q.unit.includes(' ')) names.push(q.unit.split(' ').pop()!.toLowerCase());
  const per = q.per ?? (q.rate && Object.hasOwn(RATE_PERIODS, q.rate) ? RATE_PERIODS[q.rate]! : null);
  if (!per) return names;
  const pers = unitNames(per);
  return [...names, ...names.flatMap((n) => pers.map((p) => `${n} per ${p}`))];
}

/**
 * Words CQE's bound lexicon reads as approximation that claimkit does not: an average is a
 * figure of its own in claimkit's output, but "~" in CQE's ("averaging 15 points").
 */
const CQE_APPROXIMATION_WORDS = /\b(?:average|averaged|averages|averaging)\s+$/i;

/** claimkit's quantities as CQE items (a from–to pair as CQE's range), with numeric durations ("five years"), which CQE counts as quantities. */
export function quantityItems(doc: Document): QuantityItem[] {
  const items: (QuantityItem & { at: number })[] = doc.quantities.map((q) => {
    const change = changeOf(q);
    const before = doc.text.slice(Math.max(0, q.span.start - 12), q.span.start);
    return {
      at: q.span.start,
      value: q.from !== null ? null : q.value,
      range: q.range ? ([q.range.low, q.range.high] as const) : q.from !== null && q.value !== null ? ([q.from, q.value] as const) : null,
      units: quantityUnitNames(q),
      change: change === '=' && CQE_APPROXIMATION_WORDS.test(before) ? '~' : change,
    };
  });
  for (const t of doc.times) {
    // Durations, and rates with a number ("every 33 years").
    const m = t.type === 'DURATION' || (t.type === 'SET' && /\d/.test(t.span.text)) ? DURATION.exec(t.value) : null;
    // CQE counts amounts of time written with a number ("five years", "10 days"), not "a month",
    // "more than a century", "the year" or "five-year".
    if (!m || /(?:^|\s)(?:an?|the)\s+\S+$/i.test(t.span.text) || /\w-\w/.test(t.span.text)) continue;
    const key = m[1] === 'T' && m[3] === 'M' ? 'TM' : m[3]!;
    items.push({ at: t.span.start, value: Number(m[2]), range: null, units: [DURATION_UNITS[key] ?? key], change: changeOfMod(t.mod) });
  }
  return items.sort((a, b) => a.at - b.at).map(({ at: _at, ...q }) => q);
}

/** claimkit's times as TIMEX3 items. */
export function timeItems(doc: Document): TimeItem[] {
  return doc.times.map((t) => ({ start: t.span.start, end: t.span.end, type: t.type, value: t.value }));
}

/**
 * claimkit's attributed claims as spans, at PolNeAR's boundaries (see polnear-conventions.ts):
 * the source phrase, the cue with its auxiliaries and colon, the content fragments with "that".
 */
export function attributionItems(doc: Document, isSpeech: (cue: string) => boolean): AttributionItem[] {
  return doc.claims
    .filter((c) => c.kind !== 'unattributed')
    .map((c) => {
      const source = c.source?.phrase ?? c.source?.mention ?? null;
      return {
        source: source ? { start: source.start, end: source.end } : null,
        cue: c.cue ? polnearCue(doc.text, c.cue) : null,
        content: c.content.fragments.map((f, i) => (i === 0 ? polnearContent(doc.text, f) : { start: f.start, end: f.end })),
        speech: c.cue !== null && isSpeech(c.cue.text),
        resolvedName: c.source?.name ?? null,
      };
    });
}

/** claimkit as a time system. */
export const claimkitTimes: TimeSystem = {
  name: 'claimkit',
  run: (text, date) => timeItems(extract(text, date ? { referenceDate: date } : {})),
};

/** claimkit as a quantity system. */
export const claimkitQuantities: QuantitySystem = {
  name: 'claimkit',
  run: (text) => quantityItems(extract(text)),
};
