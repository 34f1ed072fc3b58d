/** Words around a number that bound it, approximate it, or say it moved. Lower case. Hand-curated. */
import type { Bound } from '../../../schema/index.js';

/** A bound phrase before a number: its bound and whether it also marks the number as approximate. */
export interface BoundWord {
  readonly bound: Bound;
  readonly approximate: boolean;
}

/** Phrases before a number → bound ("more than" → ">", "an estimated" → "~"). */
export const BOUND_PHRASES: Readonly<Record<string, BoundWord>> = {
  'more than': { bound: '>', approximate: false }, over: { bound: '>', approximate: false },
  above: { bound: '>', approximate: false }, 'in excess of': { bound: '>', approximate: false },
  exceeding: { bound: '>', approximate: false }, 'upwards of': { bound: '>', approximate: false },
  'greater than': { bound: '>', approximate: false }, 'just over': { bound: '>', approximate: true },
  'just above': { bound: '>', approximate: true }, 'well over': { bound: '>', approximate: false },
  'at least': { bound: '>=', approximate: false }, 'no fewer than': { bound: '>=', approximate: false },
  'no less than': { bound: '>=', approximate: false }, 'a minimum of': { bound: '>=', approximate: false },
  'fewer than': { bound: '<', approximate: false }, 'less than': { bound: '<', approximate: false },
  under: { bound: '<', approximate: false }, below: { bound: '<', approximate: false },
  'just under': { bound: '<', approximate: true }, 'just below': { bound: '<', approximate: true },
  'up to': { bound: '<=', approximate: false }, 'at most': { bound: '<=', approximate: false },
  'as many as': { bound: '<=', approximate: false }, 'as much as': { bound: '<=', approximate: false },
  'no more than': { bound: '<=', approximate: false }, 'a maximum of': { bound: '<=', approximate: false },
  nearly: { bound: '~', approximate: true }, almost: { bound: '~', approximate: true },
  'close to': { bound: '~', approximate: true }, about: { bound: '~', approximate: true },
  around: { bound: '~', approximate: true }, roughly: { bound: '~', approximate: true },
  approximately: { bound: '~', approximate: true }, some: { bound: '~', approximate: true },
  'an estimated': { bound: '~', approximate: true }, estimated: { bound: '~', approximate: true },
  'an approximate': { bound: '~', approximate: true }, circa: { bound: '~', approximate: true },
  'some estimated': { bound: '~', approximate: true }, 'around about': { bound: '~', approximate: true },
};

/** Verbs before a number that say it moved ("rose to", "fell by"). */
export const TREND_VERBS: Readonly<Record<string, 'up' | 'down'>> = {
  rise: 'up', rises: 'up', rose: 'up', risen: 'up', rising: 'up', climb: 'up', climbs: 'up', climbed: 'up',
  climbing: 'up', increase: 'up', increased: 'up', increases: 'up', increasing: 'up', grow: 'up', grew: 'up',
  grown: 'up', grows: 'up', surge: 'up', surged: 'up', surges: 'up', jump: 'up', jumped: 'up', jumps: 'up',
  soar: 'up', soared: 'up', soars: 'up', double: 'up', doubled: 'up', tripled: 'up', gained: 'up', gain: 'up',
  fall: 'down', falls: 'down', fell: 'down', fallen: 'down', falling: 'down', drop: 'down', dropped: 'down',
  drops: 'down', decline: 'down', declined: 'down', declines: 'down', decrease: 'down', decreased: 'down',
  plunge: 'down', plunged: 'down', slump: 'down', slumped: 'down', shrink: 'down', shrank: 'down',
  shrunk: 'down', sank: 'down', slid: 'down', tumbled: 'down', lost: 'down', cut: 'down', halved: 'down',
};

/** Nouns right after a quantity that say it moved ("a 5% rise"). */
export const TREND_NOUNS: Readonly<Record<string, 'up' | 'down'>> = {
  rise: 'up', increase: 'up', jump: 'up', gain: 'up', growth: 'up', surge: 'up', hike: 'up', fall: 'down',
  drop: 'down', decline: 'down', decrease: 'down', cut: 'down', loss: 'down', slump: 'down', reduction: 'down',
};

/** Words joining the two ends of a range ("15,000 to 18,000", "5-10"). */
export const RANGE_JOINERS: readonly string[] = ['to', '-', '–', '—', 'and'];

/** Words before "one" that make it a pronoun, not a number ("the one", "that one"). */
export const DETERMINERS_BEFORE_ONE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'no', 'every', 'any', 'each', 'which', 'another']);

/** Nouns that never are a counted unit right after a number ("3 times", "5 of"). */
export const NOT_UNITS: readonly string[] = ['times', 'time', 'of', 'per', 'cent', 'percent', 'point', 'points'];
