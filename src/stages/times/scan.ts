import { compose } from './compose.js';
import type { ScanContext, Matcher, TimeMatch } from './context.js';
import { CLOCK_MATCHERS } from './matchers/clock.js';
import { DATE_MATCHERS } from './matchers/dates.js';
import { DURATION_MATCHERS } from './matchers/durations.js';
import { HOLIDAY_MATCHERS } from './matchers/holidays.js';
import { QUARTER_MATCHERS } from './matchers/quarters.js';
import { REFERENCE_MATCHERS } from './matchers/references.js';
import { RELATIVE_MATCHERS } from './matchers/relative.js';
import { SET_MATCHERS } from './matchers/sets.js';

export type { ScanContext, TimeMatch } from './context.js';

/** The matchers, most specific first: at each token the first that matches wins. */
const MATCHERS: readonly Matcher[] = [
  ...DATE_MATCHERS,
  ...HOLIDAY_MATCHERS,
  ...QUARTER_MATCHERS,
  ...REFERENCE_MATCHERS,
  ...RELATIVE_MATCHERS,
  ...DURATION_MATCHERS,
  ...SET_MATCHERS,
  ...CLOCK_MATCHERS,
];

const QUARTER_CODE = /^q[1-4]$/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
const YEAR_VALUE = /^(\d{4})(?!\d)/;
const MONTH_VALUE = /^(\d{4})-(\d{2})/;

/** Whether a time expression can start at token `i`: a digit, or a word some matcher starts with. */
function mayStart(ctx: ScanContext, i: number): boolean {
  const w = ctx.tokens[i]!.norm;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (ctx.lex.starters.has(w) || w === "'" || w === '’') return true;
  return (w.endsWith('.') && ctx.lex.starters.has(w.slice(0, -1))) || w.startsWith('mid') || QUARTER_CODE.test(w);
}

/** Remember what a found time lets later times anchor to. */
function remember(ctx: ScanContext, m: TimeMatch): void {
  if (m.day) ctx.discourse.day = m.day;
  if (m.type !== 'DATE') return;
  // Only quarters the text names set the reporting quarter; "the year-ago quarter" refers to it.
  const quarter = QUARTER_VALUE.exec(m.value);
  if (quarter && m.anchor !== 'previous-time' && m.form === 'quarter') ctx.discourse.quarter = { y: Number(quarter[1]), q: Number(quarter[2]) };
  const year = YEAR_VALUE.exec(m.value);
  if (year) ctx.discourse.year = Number(year[1]);
  const month = MONTH_VALUE.exec(m.value);
  if (month) ctx.discourse.month = { y: Number(month[1]), m: Number(month[2]) };
}

/**
 * Find the temporal expressions of one sentence: at each token the first matcher that matches,
 * then modifiers, articles and joins (see compose). Updates the discourse anchors.
 */
export function scanSentence(ctx: ScanContext): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) {
    if (!mayStart(ctx, i)) continue;
    for (const matcher of MATCHERS) {
      const m = matcher(ctx, i);
      if (!m) continue;
      found.push(m);
      remember(ctx, m);
      i = m.tokenEnd - 1;
      break;
    }
  }
  return compose(ctx, found);
}
