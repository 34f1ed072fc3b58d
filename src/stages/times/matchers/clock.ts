import { formatYmd } from '../calendar-math.js';
import { match, norm, type ScanContext, type TimeMatch } from '../context.js';

const DIGITS_1_2 = /^\d{1,2}$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const CLOCK_GLUED = /^(\d{1,2})(?:\.(\d{2}))?(am|pm|a\.m\.|p\.m\.)$/i;
const MERIDIEM = /^(?:a\.?m\.?|p\.?m\.?)$/i;
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)$/;
const UTC_ZONES = new Set(['utc', 'gmt', 'z']);

/** The reference day as a TIMEX3 date, or unknown. */
function today(ctx: ScanContext): string {
  return ctx.ref ? formatYmd(ctx.ref) : 'XXXX-XX-XX';
}

/** "10:30", "5pm", "5 p.m.", "noon", "midnight": a clock time on the reference date (a day after it may replace the date). */
function clockTime(ctx: ScanContext, i: number): TimeMatch | null {
  const t = ctx.tokens[i]!;
  let hours: number | null = null;
  let minutes = 0;
  let end = i + 1;
  const clock = CLOCK.exec(t.text);
  const glued = CLOCK_GLUED.exec(t.text);
  if (clock) {
    hours = Number(clock[1]);
    minutes = Number(clock[2]);
  } else if (glued) {
    hours = Number(glued[1]);
    minutes = glued[2] === undefined ? 0 : Number(glued[2]);
    const pm = glued[3]!.toLowerCase().startsWith('p');
    if (pm && hours < 12) hours += 12;
    if (!pm && hours === 12) hours = 0;
  } else if (DIGITS_1_2.test(t.text) && MERIDIEM.test(norm(ctx, i + 1))) {
    hours = Number(t.text);
  } else if (t.norm === 'noon' || t.norm === 'midday') {
    hours = 12;
  } else if (t.norm === 'midnight') {
    hours = 24;
  } else if (MILITARY.test(t.text) && UTC_ZONES.has(norm(ctx, i + 1))) {
    // "0800 UTC"
    hours = Number(t.text.slice(0, 2));
    minutes = Number(t.text.slice(2));
  }
  if (hours === null || hours > 24 || minutes > 59) return null;
  const meridiem = norm(ctx, end);
  if (MERIDIEM.test(meridiem)) {
    if (meridiem.startsWith('p') && hours < 12) hours += 12;
    if (meridiem.startsWith('a') && hours === 12) hours = 0;
    end++;
  } else if (!clock && !glued && hours !== 12 && hours !== 24 && !MILITARY.test(t.text)) {
    return null;
  }
  // "18:00 UTC": the zone belongs to the expression, and UTC is written Z.
  let zone = '';
  if (UTC_ZONES.has(norm(ctx, end))) {
    zone = 'Z';
    end++;
  }
  const hh = String(hours).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  return match(i, end, 'TIME', { value: `${today(ctx)}T${hh}:${mm}${zone}`, anchor: ctx.ref ? 'reference' : 'none', day: null }, null, 'clock');
}

/** "mid-afternoon", "mid afternoon": a part of the reference day. */
function partOfDay(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  let k = i;
  if (w === 'mid' || w === 'mid-') k++;
  else if (!w.startsWith('mid-') && !w.startsWith('mid')) return null;
  const word = k > i ? norm(ctx, k) : w.replace(/^mid-?/, '');
  const part = ctx.lex.partsOfDay.get(word);
  if (!part || word === 'night') return null;
  return match(i, k + 1, 'TIME', { value: `${today(ctx)}T${part}`, anchor: ctx.ref ? 'reference' : 'none', day: null }, null, 'part-of-day');
}

/** Clock times and parts of the day. */
export const CLOCK_MATCHERS = [clockTime, partOfDay] as const;
