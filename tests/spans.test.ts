import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema, extract, type Document } from '../src/index.js';
import { allSpans, badSpans, fixtureDocuments } from './helpers.js';

let docs: Document[] = [];
beforeAll(async () => {
  docs = await fixtureDocuments();
});

describe('spans', () => {
  it('have well-formed TIMEX3 values on every fixture', () => {
    for (const doc of docs) for (const t of doc.times) expect(t.value, `${doc.id} ${t.span.text}`).toMatch(TIMEX_VALUE);
  });

  it('are exact on every fixture: text.slice(start, end) === span.text', () => {
    const bad = docs.flatMap(badSpans);
    expect(bad).toEqual([]);
    // The check must have something to check.
    expect(docs.reduce((n, d) => n + allSpans(d).length, 0)).toBeGreaterThan(300);
  });

  it('have non-empty claim contents, fragments in order inside the content', () => {
    for (const doc of docs) {
      for (const c of doc.claims) {
        expect(c.content.text.trim(), `${doc.id} ${c.id}`).not.toBe('');
        for (let i = 0; i < c.content.fragments.length; i++) {
          const f = c.content.fragments[i]!;
          expect(f.start).toBeGreaterThanOrEqual(c.content.start);
          expect(f.end).toBeLessThanOrEqual(c.content.end);
          if (i > 0) expect(f.start).toBeGreaterThanOrEqual(c.content.fragments[i - 1]!.end);
        }
      }
    }
  });
});

// Text built from news-like pieces: names, cues, quotes, numbers, dates, odd punctuation.
const piece = fc.constantFrom(
  'Maria Zakharova', 'She', 'he', 'said', 'told reporters', 'according to', 'officials', 'the ministry', ',', '.', ':',
  '"', '“', '”', '‘', '’', "'", 'that', '15,000 to 18,000', 'more than 230,000', '£15.8m', '12%', 'on November 9th',
  'since February 2022', 'each month', 'last year', 'in May', '\n', '\n\n', 'Mr.', 'U.S.', 'Dr', 'reportedly', 'not',
  '(', ')', '—', '2022', 'the', 'claimed', 'argued', 'Putin’s', 'critics', '😀', '\u00e9', 'e\u0301', 'constructor',
  '__proto__', 'toString', 'day', 'quarter', 'previous', 'Friday', 'mid-2024', '10:30', 'Q3',
);

// TIMEX3 values as claimkit writes them: dates, weeks, quarters, seasons, times, durations, references.
const TIMEX_VALUE =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:T?(?:\d+(?:\.\d+)?|X)(?:[YMWDHS]|DE|CE|Q))+|[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE|[1-7]))?)?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI|MI))?)$/;
const newsText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('properties of extract', () => {
  it('never throws, keeps every span exact and validates, on news-like and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const doc = extract(text, { referenceDate: '2025-11-12' });
        expect(badSpans(doc)).toEqual([]);
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
        for (const t of doc.times) expect(t.value, t.span.text).toMatch(TIMEX_VALUE);
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});

// Numbers next to dates, units, bounds and names, to check that the quantities and times stages
// never claim the same characters.
const numericPiece = fc.constantFrom(
  '5', '12', '2022', '1990', '21,600', '3.5', '.5', '-4', '+0.2', '1/4', '40 000', 'two', 'Two thousand', 'a dozen', 'half of',
  'thousands of', 'tens of', '%', 'per cent', 'percentage points', 'km', 'miles', 'mph', '°C', '£', '$', 'US$', 'RM', 'USD', 'bn', 'm',
  'million', 'billion', 'to', 'and', 'between', 'from', 'more than', 'about', 'up to', 'or more', 'a year', 'each month', 'per',
  'barrel', 'rose', 'fell', 'by', 'up', 'down', 'in', 'on', 'at', 'May', 'November', '9th', 'Friday', '10:30', '10.45pm', 'years',
  'year-old', '-', '–', '(', ')', '/', 'iPhone', 'Game', 'Road', 'No.', 'soldiers', 'people', 'the', 'since', 'ago', 'last', 'Q3',
  '2003–2004', '1990-2001', '3-1', '020', '7946', '0018', 'minus', 'times', 'earnings', ',', '.', '\n',
);
const numericText = fc.array(numericPiece, { maxLength: 40 }).map((parts) => parts.join(' '));

describe('properties of quantities', () => {
  it('never overlap a time, keep exact spans and ordered ranges, on number-heavy text', () => {
    fc.assert(
      fc.property(numericText, (text) => {
        const doc = extract(text, { referenceDate: '2025-11-12' });
        expect(badSpans(doc)).toEqual([]);
        for (const q of doc.quantities) {
          expect(q.span.start).toBeLessThan(q.span.end);
          for (const t of doc.times) {
            expect(q.span.end <= t.span.start || t.span.end <= q.span.start, `${JSON.stringify(q.span.text)} overlaps time ${JSON.stringify(t.span.text)} in ${JSON.stringify(text)}`).toBe(true);
          }
          if (q.range) expect(q.range.low).toBeLessThan(q.range.high);
          expect(q.value === null || Number.isFinite(q.value)).toBe(true);
          expect(q.value === null ? q.range !== null : q.range === null).toBe(true);
        }
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
