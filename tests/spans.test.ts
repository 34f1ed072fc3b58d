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
