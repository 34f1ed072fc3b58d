/** Finding an article's date in its own text: a dateline or a "Published ..." line near the top. */

import { isValidDay } from '../stages/times/calendar-math.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};

// Each pattern is anchored and has no nested quantifiers; lines are at most 120 characters.
const MONTH_DAY_YEAR = /^(?:(?:published|updated|posted|first published)(?: on)?:?\s+)?(?:[A-Z][A-Za-z .'-]{0,40},\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_MONTH_YEAR = /^(?:(?:published|updated|posted|first published)(?: on)?:?\s+)?(?:[A-Z][A-Za-z .'-]{0,40},\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/i;
const ISO = /^(?:(?:published|updated|posted)(?: on)?:?\s+)?(\d{4})-(\d{2})-(\d{2})\b/i;
const MAX_LINE = 120;
const LINES = 4;

function valid(y: number, m: number, d: number): string | null {
  if (!isValidDay(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The date of a dateline in the first lines of a text: a short line that starts with a full
 * date ("March 01, 2008", "9 November 2025", "2025-11-09"), possibly after "Published",
 * a place ("LONDON, Nov. 9, 2025") or a weekday, also at the head of the first paragraph
 * ("LONDON, Nov. 9, 2025 (Reuters) - ..."). A dateline without a year gives no date.
 *
 * @returns YYYY-MM-DD, or null when there is none.
 */
export function datelineDate(text: string): string | null {
  const lines = text.slice(0, LINES * MAX_LINE * 2).split('\n', LINES + 2).map((l) => l.trim()).filter(Boolean).slice(0, LINES);
  for (const full of lines) {
    // "LONDON, Nov. 9, 2025 (Reuters) - The bank said ...": a dateline may open a long paragraph.
    const line = full.length > MAX_LINE ? full.slice(0, MAX_LINE) : full;
    const mdy = MONTH_DAY_YEAR.exec(line);
    if (mdy) {
      const m = MONTHS[mdy[1]!.toLowerCase()];
      const date = m ? valid(Number(mdy[3]), m, Number(mdy[2])) : null;
      if (date) return date;
    }
    const dmy = DAY_MONTH_YEAR.exec(line);
    if (dmy) {
      const m = MONTHS[dmy[2]!.toLowerCase()];
      const date = m ? valid(Number(dmy[3]), m, Number(dmy[1])) : null;
      if (date) return date;
    }
    const iso = ISO.exec(line);
    if (iso) {
      const date = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (date) return date;
    }
  }
  return null;
}
