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
  barely: { bound: '~', approximate: true }, scarcely: { bound: '~', approximate: true },
  'close to': { bound: '~', approximate: true }, about: { bound: '~', approximate: true },
  around: { bound: '~', approximate: true }, roughly: { bound: '~', approximate: true },
  approximately: { bound: '~', approximate: true }, some: { bound: '~', approximate: true },
  'an estimated': { bound: '~', approximate: true }, estimated: { bound: '~', approximate: true },
  'an approximate': { bound: '~', approximate: true }, circa: { bound: '~', approximate: true },
  'some estimated': { bound: '~', approximate: true }, 'around about': { bound: '~', approximate: true },
  '~': { bound: '~', approximate: true }, '≈': { bound: '~', approximate: true }, 'just shy of': { bound: '<', approximate: true },
  'over than': { bound: '>', approximate: false }, 'more then': { bound: '>', approximate: false },
  'or more': { bound: '>=', approximate: false },
};

/** Verbs before a number that say it moved ("rose to", "fell by"). */
export const TREND_VERBS: Readonly<Record<string, 'up' | 'down'>> = {
  rise: 'up', rises: 'up', rose: 'up', risen: 'up', rising: 'up', climb: 'up', climbs: 'up', climbed: 'up',
  climbing: 'up', increase: 'up', increased: 'up', increases: 'up', increasing: 'up', grow: 'up', grew: 'up',
  grown: 'up', grows: 'up', surge: 'up', surged: 'up', surges: 'up', jump: 'up', jumped: 'up', jumps: 'up',
  soar: 'up', soared: 'up', soars: 'up', doubled: 'up', tripled: 'up', gained: 'up', gain: 'up',
  fall: 'down', falls: 'down', fell: 'down', fallen: 'down', falling: 'down', drop: 'down', dropped: 'down',
  drops: 'down', decline: 'down', declined: 'down', declines: 'down', decrease: 'down', decreased: 'down',
  plunge: 'down', plunged: 'down', slump: 'down', slumped: 'down', shrink: 'down', shrank: 'down',
  shrunk: 'down', sank: 'down', slid: 'down', tumbled: 'down', lost: 'down', cut: 'down', halved: 'down',
  up: 'up', down: 'down', advanced: 'up', added: 'up', adds: 'up', lifted: 'up', rallied: 'up', gains: 'up',
  plummeted: 'down', plummeting: 'down', plummets: 'down', dipped: 'down', dips: 'down', eased: 'down',
  slipped: 'down', slips: 'down', shed: 'down', sheds: 'down', tumbles: 'down', sinks: 'down', slumps: 'down',
  dropping: 'down', declining: 'down', decreasing: 'down', jumping: 'up', soaring: 'up', surging: 'up',
  boosted: 'up', lowered: 'down', reduced: 'down', trimmed: 'down', widened: 'up', narrowed: 'down',
};

/** Nouns right after a quantity that say it moved ("a 5% rise"). */
export const TREND_NOUNS: Readonly<Record<string, 'up' | 'down'>> = {
  rise: 'up', increase: 'up', jump: 'up', gain: 'up', growth: 'up', surge: 'up', hike: 'up', fall: 'down',
  drop: 'down', decline: 'down', decrease: 'down', cut: 'down', loss: 'down', slump: 'down', reduction: 'down',
};

/** Words joining the two ends of a range ("15,000 to 18,000", "5-10"). */
export const RANGE_JOINERS: readonly string[] = ['to', '-', '–', '—', 'and'];

/** Trend verbs that say a price or index moved only when the number is a percentage or points ("lost 1.1%"), not money ("lost $1.2bn" is a loss). */
export const MARKET_TRENDS: readonly string[] = ['lost', 'lose', 'loses', 'losing', 'shed', 'sheds'];

/** Verbs that make a following "up" or "down" a particle, not a trend ("gave up 517 yards", "turned down"). */
export const PARTICLE_VERBS: readonly string[] = [
  'gave', 'give', 'gives', 'giving', 'given', 'set', 'sets', 'setting', 'picked', 'pick', 'picks', 'made', 'make',
  'makes', 'took', 'take', 'takes', 'taken', 'broke', 'break', 'breaks', 'turned', 'turn', 'turns', 'signed',
  'sign', 'shut', 'put', 'puts', 'brought', 'bring', 'showed', 'show', 'called', 'call', 'backed', 'wrapped',
  'summed', 'stepped', 'step', 'sat', 'stood', 'stand', 'woke', 'grew', 'held', 'hold', 'kept', 'keep', 'cracked',
  'sped', 'slowed', 'calmed', 'cooled', 'scaled', 'ramped', 'played', 'toned', 'watered', 'handed', 'hand',
];

/** Words right before a trend's number that make the number the level reached ("rose to", "fell to"). */
export const LEVEL_WORDS: readonly string[] = ['to', 'at'];

/** Words that may stand between a trend verb and its number ("rose by an estimated"). */
export const TREND_GAP_WORDS: readonly string[] = ['to', 'by', 'a', 'an', 'the', 'some', 'about', 'nearly', 'almost', 'around', 'roughly', 'more', 'than', 'over', 'just', 'as', 'much', 'many', 'another', 'further', 'sharply', 'slightly', 'marginally'];

/** Nouns that introduce a span of values rather than a change ("prices range from $5 to $10"). */
export const RANGE_VERBS: readonly string[] = ['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'anywhere', 'spanning'];

/** Words after a quantity that make it a price or ratio per something ("per barrel", "a share"). */
export const PER_WORDS: readonly string[] = ['per', 'a', 'an', 'each', '/'];

/** Words before "one" that make it a pronoun, not a number ("the one", "that one"). */
export const DETERMINERS_BEFORE_ONE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'no', 'every', 'any', 'each', 'which', 'another']);

/** Words that never are a counted unit right after a number ("5 of", "13 units whilst"). */
export const NOT_UNITS: readonly string[] = ['time', 'of', 'whilst', 'while', 'whereas', 'although', 'though', 'because', 'since', 'after', 'before', 'when', 'where', 'which', 'who', 'that', 'than', 'if', 'unless', 'until', 'per', 'cent', 'percent', 'and', 'or', 'to', 'from', 'in', 'on', 'at', 'by', 'for', 'with', 'than'];

/** Periods of a rate written against its unit with hyphens ("barrel-a-day") → TIMEX3 values. */
export const GLUED_RATE_PERIODS: Readonly<Record<string, string>> = { hour: 'PT1H', day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };
