import { formatYm, formatYmd, isValidDay } from '../calendar-math.js';
import { spokenYearAt } from '../amounts.js';
import { dayAt, explicit, match, monthAt, norm, signalled, titleWordAt, yearAt, type ScanContext, type TimeMatch } from '../context.js';
import { SEASON_MIDDLE_MONTH } from '../lexicon/calendar.js';
import { resolveMonth, resolveMonthDay } from '../resolve.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MID_YEAR = /^mid-(\d{4})$/i;
const MID_WORD = /^mid-(\p{L}+)$/iu;
const DECADE = /^(\d{3})0s$/;
const SHORT_DECADE = /^'?(\d)0s$/;
const SHORT_YEAR = /^['’](\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YEAR_RANGE = /^((?:1[89]|20)\d{2})[-–/](\d{2}|(?:1[89]|20)\d{2})$/;
const DASH = /^[-–]$/;

/** A year at `k`, in digits or words ("nineteen ninety-six"). */
function anyYearAt(ctx: ScanContext, k: number): { year: number; next: number } | null {
  const digits = yearAt(ctx, k);
  if (digits !== null) return { year: digits, next: k + 1 };
  const spoken = spokenYearAt(ctx, k);
  return spoken && spoken.value !== null ? { year: spoken.value, next: spoken.next } : null;
}

/** "November 9th", "Nov. 9, 2025", "February 2022", "January nineteen ninety-seven", "October". */
function monthFirst(ctx: ScanContext, i: number): TimeMatch | null {
  const month = monthAt(ctx, i);
  if (!month) return null;
  let k = month.next;
  const day = dayAt(ctx, k);
  if (day !== null) k++;
  let year: number | null = null;
  const direct = anyYearAt(ctx, k);
  if (direct) {
    year = direct.year;
    k = direct.next;
  } else if (day !== null && ctx.tokens[k]?.text === ',' && anyYearAt(ctx, k + 1)) {
    const after = anyYearAt(ctx, k + 1)!;
    year = after.year;
    k = after.next;
  } else if (norm(ctx, k) === 'of' && anyYearAt(ctx, k + 1)) {
    const after = anyYearAt(ctx, k + 1)!;
    year = after.year;
    k = after.next;
  }
  if (day === null && year === null && month.ambiguous && (!signalled(ctx, i) || titleWordAt(ctx, month.next))) return null;
  if (day !== null && year !== null) {
    if (!isValidDay(year, month.month, day)) return null;
    const d = { y: year, m: month.month, d: day };
    return match(i, k, 'DATE', explicit(formatYmd(d), d));
  }
  if (year !== null) return match(i, k, 'DATE', explicit(formatYm(year, month.month)));
  if (day !== null) return match(i, k, 'DATE', resolveMonthDay(month.month, day, ctx.tenseAt(i), ctx.ref), null, 'month-day');
  return match(i, k, 'DATE', resolveMonth(month.month, ctx.tenseAt(i), ctx.ref), null, 'month');
}

/** "9 November 2025", "9th of November". */
function dayFirst(ctx: ScanContext, i: number): TimeMatch | null {
  const day = dayAt(ctx, i);
  if (day === null) return null;
  let k = i + 1;
  if (norm(ctx, k) === 'of') k++;
  const m = monthAt(ctx, k);
  if (!m) return null;
  k = m.next;
  const year = anyYearAt(ctx, k);
  if (year) {
    if (!isValidDay(year.year, m.month, day)) return null;
    const d = { y: year.year, m: m.month, d: day };
    return match(i, year.next, 'DATE', explicit(formatYmd(d), d));
  }
  return match(i, k, 'DATE', resolveMonthDay(m.month, day, ctx.tenseAt(i), ctx.ref), null, 'month-day');
}

/** "2025-11-12", "mid-2024", "mid-October", "1990s", "'90s", "the nineties", "20th century". */
function compactForms(ctx: ScanContext, i: number): TimeMatch | null {
  const t = ctx.tokens[i]!;
  const iso = ISO_DATE.exec(t.text);
  if (iso) {
    const d = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
    return isValidDay(d.y, d.m, d.d) ? match(i, i + 1, 'DATE', explicit(t.text, d)) : null;
  }
  // "1990-2001", "the 2004-05 season": a span of years, written as one token.
  const years = YEAR_RANGE.exec(t.text);
  if (years) {
    const from = Number(years[1]);
    const to = years[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(years[2]) : Number(years[2]);
    if (to <= from || to - from > 100) return null;
    return { ...match(i, i + 1, 'DURATION', explicit(`P${to - from}Y`)), interval: { start: String(from), end: String(to) } };
  }
  const mid = MID_YEAR.exec(t.text);
  if (mid) return match(i, i + 1, 'DATE', explicit(mid[1]!), 'MID');
  const midWord = MID_WORD.exec(t.text);
  if (midWord) {
    const m = ctx.lex.months.get(midWord[1]!.toLowerCase());
    if (m !== undefined) return match(i, i + 1, 'DATE', resolveMonth(m, ctx.tenseAt(i), ctx.ref), 'MID');
  }
  const decade = DECADE.exec(t.text);
  if (decade) return match(i, i + 1, 'DATE', explicit(decade[1]!));
  const short = SHORT_DECADE.exec(t.norm);
  if (short && (norm(ctx, i - 1) === 'the' || norm(ctx, i - 1) === 'and' || t.text.startsWith("'"))) return match(i, i + 1, 'DATE', explicit(`19${short[1]}`));
  // "since '82": a year in two digits, in the last century unless it is within ten years ahead.
  const glued = (t.text === "'" || t.text === '’') && /^\d{2}$/.test(ctx.tokens[i + 1]?.text ?? '') && !ctx.tokens[i + 1]!.spaceBefore;
  const shortYear = SHORT_YEAR.exec(t.text) ?? (glued ? [t.text, ctx.tokens[i + 1]!.text] : null);
  if (shortYear && signalled(ctx, i)) {
    const yy = Number(shortYear[1]);
    const century = ctx.ref && 2000 + yy <= ctx.ref.y + 10 ? 2000 : 1900;
    return match(i, glued ? i + 2 : i + 1, 'DATE', explicit(String(century + yy)));
  }
  // "7/8/07": month first, as in American usage.
  const numeric = NUMERIC_DATE.exec(t.text);
  if (numeric) {
    const yy = Number(numeric[3]);
    const y = numeric[3]!.length === 4 ? yy : yy + (ctx.ref && 2000 + yy <= ctx.ref.y + 10 ? 2000 : 1900);
    const d = { y, m: Number(numeric[1]), d: Number(numeric[2]) };
    if (isValidDay(d.y, d.m, d.d)) return match(i, i + 1, 'DATE', explicit(formatYmd(d), d));
  }
  const decadeWord = ctx.lex.decadeWords.get(t.norm);
  if (decadeWord !== undefined && norm(ctx, i - 1) === 'the') return match(i, i + 1, 'DATE', explicit(`19${decadeWord}`));
  const century = CENTURY.exec(t.norm) ?? null;
  const centuryNumber = century ? Number(century[1]) : ctx.lex.ordinals.get(t.norm);
  if (centuryNumber !== undefined && centuryNumber >= 1 && centuryNumber <= 21 && norm(ctx, i + 1).replace(/-$/, '') === 'century') {
    return match(i, i + 2, 'DATE', explicit(String(centuryNumber - 1).padStart(2, '0')));
  }
  return null;
}

/**
 * A year on its own: after a signal ("in 2022", "since 1990"), before a noun it qualifies ("the
 * 1990 invasion", "his 1996 campaign"), after "fiscal" or "the year", or said in words.
 */
function bareYear(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  if (w === 'fiscal') {
    const year = anyYearAt(ctx, i + 1);
    return year ? match(i, year.next, 'DATE', explicit(String(year.year))) : null;
  }
  if (w === 'the' && norm(ctx, i + 1) === 'year') {
    const year = anyYearAt(ctx, i + 2);
    return year ? match(i, year.next, 'DATE', explicit(String(year.year))) : null;
  }
  const spoken = spokenYearAt(ctx, i);
  if (spoken && spoken.value !== null && !ctx.lex.units.has(norm(ctx, spoken.next))) {
    return match(i, spoken.next, 'DATE', explicit(String(spoken.value)));
  }
  const year = yearAt(ctx, i);
  if (year === null) return null;
  const next = ctx.tokens[i + 1];
  const inSentence = i + 1 < ctx.sentence.tokenEnd;
  // "2003–2004", "2005 - 2006": years on either side of a dash.
  const rangeStart = DASH.test(norm(ctx, i + 1)) && yearAt(ctx, i + 2) !== null;
  const rangeEnd = DASH.test(norm(ctx, i - 1)) && yearAt(ctx, i - 2) !== null;
  if (rangeStart || rangeEnd) return match(i, i + 1, 'DATE', explicit(String(year)));
  if (next && inSentence && !next.spaceBefore && /^[%-]/.test(next.text)) return null;
  // A plural noun after it is counted ("2000 people"); a singular noun or a name is qualified ("the 1990 invasion").
  const countsSomething = next !== undefined && inSentence && next.pos === 'NOUN' && !next.capitalized && next.norm.endsWith('s') && !ctx.lex.units.has(next.norm);
  if (countsSomething) return null;
  const qualifies = next !== undefined && inSentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.capitalized);
  // "WWDC 2005", "Conference 2010": a year after a name.
  const prev = ctx.tokens[i - 1];
  const afterName = prev !== undefined && i - 1 > ctx.sentence.tokenStart && prev.capitalized && prev.type === 'word' && !ctx.lex.months.has(prev.norm.replace(/\.$/, ''));
  if (signalled(ctx, i) || qualifies || afterName || ctx.lex.yearLeads.has(norm(ctx, i - 1))) return match(i, i + 1, 'DATE', explicit(String(year)));
  return null;
}

/** "the winter of 1994", "summer 2024", "the Autumn meetings", "in the summer": a season, of a given year or the reference one. */
function seasonOfYear(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  if (norm(ctx, k) === 'the') k++;
  const season = ctx.lex.seasons.get(norm(ctx, k));
  if (season === undefined) return null;
  const seasonToken = ctx.tokens[k]!;
  k++;
  const ofSomething = norm(ctx, k) === 'of';
  if (ofSomething) k++;
  const year = anyYearAt(ctx, k);
  if (year) return match(i, year.next, 'DATE', explicit(`${year.year}-${season}`));
  // "was held in the summer", "will open in spring": the latest season before the reference
  // date in past text, the next one in future text; in the present it is a habit ("leaves fall
  // in autumn"), not a date. ("the fall" only with its article, and never "the fall of ...".)
  const tense = ctx.tenseAt(i);
  if (signalled(ctx, i) && !ofSomething && tense !== 'present' && (seasonToken.norm !== 'fall' || norm(ctx, i) === 'the')) {
    if (!ctx.ref) return match(i, seasonToken.index + 1, 'DATE', { value: `XXXX-${season}`, anchor: 'none', day: null });
    const middle = SEASON_MIDDLE_MONTH[season]!;
    const y = tense === 'past' ? (middle <= ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1) : middle > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
    return match(i, seasonToken.index + 1, 'DATE', { value: `${String(y).padStart(4, '0')}-${season}`, anchor: 'reference', day: null });
  }
  // A capitalised season on its own, in a sentence, is this year's.
  if (seasonToken.capitalized && seasonToken.index > ctx.sentence.tokenStart && norm(ctx, i) !== 'the') {
    return match(i, i + 1, 'DATE', { value: `${ctx.ref ? String(ctx.ref.y) : 'XXXX'}-${season}`, anchor: ctx.ref ? 'reference' : 'none', day: null });
  }
  return null;
}

/** Dates given by month, day and year, compact forms, bare years and seasons of a year. */
export const DATE_MATCHERS = [monthFirst, dayFirst, compactForms, seasonOfYear, bareYear] as const;
