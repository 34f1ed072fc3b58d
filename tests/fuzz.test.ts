/**
 * Fuzzing `extract` with fast-check.
 *
 * Inputs: (a) arbitrary Unicode (graphemes, any code point, single UTF-16 code units including lone
 * surrogates); (b) text assembled from news-like fragments (reporting verbs, every kind of quotation
 * mark, names, pronouns, numbers, units, currencies, dates, brackets, dashes, line breaks, invisible
 * and combining characters); (c) the fixture articles (fixtures/articles: .md without front matter,
 * .txt in any BOM encoding, the text/body/content field of .json/.jsonl records) mutated: quotation
 * marks removed, doubled, dropped or inserted, punctuation stripped, lines joined, sliced anywhere
 * (also inside a surrogate pair), sentences shuffled, letter case changed, noise inserted, repeated;
 * (d) long texts (2,000 to ~25,000 characters) glued from fixtures and news-like text.
 *
 * Properties, on every input: extract never throws; every span is exact (`badSpans` is empty); the
 * document validates against DocumentSchema; every time value is a TIMEX3 value; each case takes
 * under MAX_CASE_MS, and texts over LONG_TEXT characters take under MAX_MS_PER_CHAR per character.
 * On about one case in eight: the output is deterministic (the same input analysed again, after
 * another article, gives a JSON-identical document).
 *
 * Environment: FUZZ_RUNS sets the runs per property (`FUZZ_RUNS=20000 npx vitest run
 * tests/fuzz.test.ts` for a long hunt); FUZZ_SEED overrides the fixed default seeds.
 * Replaying a failure: fast-check prints `{ seed: S, path: "P", endOnFailure: true }`; run
 * `FUZZ_SEED=S FUZZ_PATH=P npx vitest run tests/fuzz.test.ts -t '<test name>'` (with the same
 * FUZZ_RUNS if one was set) to replay the shrunk counterexample directly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentSchema, extract, type Document } from '../src/index.js';
import { ARTICLES, badSpans } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 1000;
const SEED_OVERRIDE = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const REPLAY_PATH = process.env.FUZZ_PATH || undefined;
/** Generous time limits: claimkit runs at about 0.001–0.005 ms per character. */
const MAX_CASE_MS = 2_000;
const MAX_MS_PER_CHAR = 0.05;
const LONG_TEXT = 2_000;
/** Per-test timeout, raised with the run count (the default run takes a few seconds per test). */
const TIMEOUT = 60_000 + RUNS * 40;

/** fast-check parameters for one property: fixed seed unless FUZZ_SEED is set, and a replay path. */
function params(seed: number, numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED_OVERRIDE ?? seed, numRuns, ...(REPLAY_PATH ? { path: REPLAY_PATH, endOnFailure: true } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Fixture texts

/** Decode a file by its byte-order mark (UTF-8 without one). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function recordText(record: unknown): string[] {
  if (Array.isArray(record)) return record.flatMap(recordText);
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    for (const key of ['text', 'body', 'content']) if (typeof r[key] === 'string') return [r[key]];
  }
  return [];
}

/** The plain text of every article fixture (not the HTML pages). */
function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(ARTICLES).sort()) {
    const ext = path.extname(name);
    if (!['.md', '.txt', '.json', '.jsonl'].includes(ext)) continue;
    const raw = decode(readFileSync(path.join(ARTICLES, name)));
    if (ext === '.md') out.push(raw.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
    else if (ext === '.txt') out.push(raw);
    else if (ext === '.json') out.push(...recordText(JSON.parse(raw)));
    else for (const line of raw.split('\n')) if (line.trim()) out.push(...recordText(JSON.parse(line)));
  }
  return out;
}

const FIXTURES = fixtureTexts();

// ---------------------------------------------------------------------------------------------
// Checking one input

const REFERENCE_DATES = ['2025-11-12', undefined, '2024-02-29', '1999-12-31', '2000-01-01'] as const;

// TIMEX3 values as claimkit writes them (the same pattern as tests/spans.test.ts).
const TIMEX_VALUE =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:T?(?:\d+(?:\.\d+)?|X)(?:[YMWDHS]|DE|CE|Q))+|[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE|[1-7]))?)?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI|MI))?)$/;

/** Worst time per character seen on long texts, for the summary. */
const worst = { msPerChar: 0, chars: 0, ms: 0, cases: 0, longCases: 0, maxCaseMs: 0 };

/** Another text analysed between the two runs of a determinism check, so state left behind would show. */
const OTHER = FIXTURES.find((t) => t.length > 1000) ?? FIXTURES[0] ?? 'He said “yes” on Monday.';

function timed(text: string, referenceDate: string | undefined): { doc: Document; ms: number } {
  const t0 = performance.now();
  const doc = extract(text, referenceDate ? { referenceDate } : {});
  return { doc, ms: performance.now() - t0 };
}

/**
 * The properties every input must have. `recheck` (0 about one time in eight) asks for the
 * determinism check too.
 */
function check(text: string, dateIndex: number, recheck: number): void {
  const referenceDate = REFERENCE_DATES[dateIndex % REFERENCE_DATES.length];
  let { doc, ms } = timed(text, referenceDate);
  expect(badSpans(doc)).toEqual([]);
  const parsed = DocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.error?.message).toBe(true);
  for (const t of doc.times) expect(t.value, t.span.text).toMatch(TIMEX_VALUE);

  // Timing: a slow measurement (over a limit, or the worst so far) is taken again, twice, so that a
  // GC pause or a busy machine is not mistaken for a slow algorithm; the best of the three counts.
  const perChar = (m: number): number => m / Math.max(1, text.length);
  const long = text.length > LONG_TEXT;
  for (let retry = 0; retry < 2 && (ms > MAX_CASE_MS || (long && perChar(ms) > Math.min(MAX_MS_PER_CHAR, worst.msPerChar))); retry++) {
    ms = Math.min(ms, timed(text, referenceDate).ms);
  }
  worst.cases++;
  worst.maxCaseMs = Math.max(worst.maxCaseMs, ms);
  expect(ms, `${text.length} chars`).toBeLessThan(MAX_CASE_MS);
  if (long) {
    worst.longCases++;
    if (perChar(ms) > worst.msPerChar) Object.assign(worst, { msPerChar: perChar(ms), chars: text.length, ms });
    expect(perChar(ms), `${text.length} chars in ${ms.toFixed(1)} ms`).toBeLessThan(MAX_MS_PER_CHAR);
  }

  if (recheck === 0) {
    const first = JSON.stringify(doc);
    extract(OTHER, { referenceDate: '2025-11-12' });
    ({ doc } = timed(text, referenceDate));
    expect(JSON.stringify(doc)).toBe(first);
  }
}

const dateIndex = fc.nat(REFERENCE_DATES.length - 1);
const recheck = fc.nat(7);

// ---------------------------------------------------------------------------------------------
// (a) Arbitrary Unicode

/** One UTF-16 code unit: any BMP character, and lone high or low surrogates. */
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)),
);
const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
);

// ---------------------------------------------------------------------------------------------
// (b) News-like text

const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '″', '`', '``', "''", '"""'];
const VERBS = [
  'said', 'says', 'say', 'told reporters', 'told the BBC', 'added', 'claimed', 'argued', 'warned', 'insisted', 'denied', 'noted',
  'wrote', 'stated', 'announced', 'believes', 'thinks', 'reported', 'confirmed', 'explained', 'asked', 'suggested', 'according to',
  'reportedly', 'is quoted as saying', 'said on Monday', 'told', 'has said', 'would say', 'did not say', 'never claimed', 'tweeted',
];
const NAMES = [
  'Maria Zakharova', 'Zakharova', 'Mr. Smith', 'Mr Smith', 'Dr Jane Doe', 'Dr. J. R. R. Tolkien', 'President Biden', 'the Prime Minister',
  'the ministry', 'the Ministry of Defence', 'Reuters', 'the U.N.', 'Die Welt', 'Christoph Vanner', 'officials', 'a spokesperson',
  'police', 'the company', 'Apple Inc.', 'O’Brien', "O'Neill", 'Jean-Luc Picard', 'José Álvarez', 'Nguyễn Văn A', 'Владимир Путин',
  '習近平', 'al-Assad', 'McDonald', 'NATO', 'the U.S.', 'U.K.', 'St. Louis', 'Kyiv', 'Washington', 'constructor', '__proto__',
  'toString', 'hasOwnProperty', 'valueOf',
];
const PRONOUNS = ['he', 'she', 'they', 'it', 'I', 'we', 'He', 'She', 'They', 'It', 'We', 'his', 'her', 'their', 'him', 'them', 'who'];
const NUMBERS = [
  '0', '1', '5', '12', '2022', '1990', '21,600', '180,000', '1,000,000', '3.5', '.5', '-4', '+0.2', '1/4', '½', '3½', '1e6', '12th', '2nd',
  '40 000', '007', '99999999999999999999999', '1.7976931348623157e308', '0.0000001', '١٢٣', '１２', '²', '⅓', '1,2,3', '1.2.3', '10,00',
  'two', 'Two thousand', 'a dozen', 'half of', 'thousands of', 'tens of', 'hundreds', 'a million', 'one in five', 'twenty-one',
  '15,000 to 18,000', 'between 3 and 4', 'more than 230,000', 'up to 5', 'about 40', 'nearly half', 'minus 3', '3 times',
];
const UNITS = ['%', 'per cent', 'percent', 'percentage points', 'km', 'km/h', 'miles', 'mph', '°C', '°F', 'kg', 'tonnes', 'barrels', 'bn', 'm', 'million', 'billion', 'trillion', 'a year', 'each month', 'per day', 'people', 'soldiers', 'years', 'year-old'];
const CURRENCIES = ['$', '£', '€', '¥', '₹', 'US$', 'RM', 'USD', 'EUR', 'GBP', '£15.8m', '$2.5bn', '€1,000', '¥100', 'US$3 trillion', '$-5'];
const DATES = [
  'on November 9th', '9 Nov 2025', '2025-11-09', '11/09/2025', '09.11.2025', 'last Friday', 'next week', 'Q3 2024', 'the 1990s',
  'yesterday', 'today', 'tomorrow', '29 February 2023', '31 April', '30 February', '10:30pm', '10.45pm', '25:61', 'midnight', 'noon',
  'Christmas', 'Christmas Eve', 'Easter', 'in 2099', 'year 0', 'in 10000', 'since February 2022', 'mid-2024', 'early 2020', 'last year',
  'two weeks ago', 'in three days', 'the previous day', 'the following month', 'this quarter', 'this summer', 'winter 2023', 'in May',
  'May', 'March 3', 'from 3 March to 5 April', '2003–2004', '1990-2001', 'the 21st century', 'Monday morning', 'week 45', 'FY2024',
  'the day before yesterday', '1 January 1970', '0001-01-01', '9999-12-31', 'on 32 December', '12:00:00', 'H1 2025',
];
const PUNCT = [',', '.', ':', ';', '!', '?', '…', '...', '(', ')', '[', ']', '{', '}', '—', '–', '-', '‐', '―', '/', '\\', '*', '&', '#', '@', '|'];
const SPACES = ['\n', '\n\n', '\n\n\n', '\r\n', '\r', '\t', '  ', '\u00a0', '\u2009', '\u200b', '\u00ad', '\ufeff', '\u2028', '\u2029', '\u200f', '\u202e'];
const ODD = ['😀', '👩‍👩‍👧', '🇺🇦', 'e\u0301', '\u212b', 'ﬁ', '\u1100\u1161', '\ud800', '\udc00', '\u0000', '\u0007', '\uffff', 'İ', 'ß', 'Σ', 'ǅ', 'a\u0308\u0301'];
const WORDS = ['the', 'that', 'not', 'no', 'would', 'could', 'may', 'allegedly', 'claims', 'data', 'rate', 'rose', 'fell', 'by', 'to', 'from', 'in', 'on', 'at', 'of', 'and', 'but', 'however', 'critics', 'prices', 'will', 'rise', 'is', 'was', 'were', 'deserters', 'Mr.', 'U.S.', 'No.', 'vs.', 'e.g.', 'etc.', 'Jr.', 'Inc.', 'a.m.', 'p.m.'];

const fromList = (list: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...list);
const quote = fromList(QUOTES);
const verb = fromList(VERBS);
const name = fc.oneof(fromList(NAMES), fromList(PRONOUNS));
const number = fc.oneof(
  fromList(NUMBERS),
  fc.tuple(fromList(CURRENCIES), fromList(NUMBERS)).map(([c, n]) => c + n),
  fc.tuple(fromList(NUMBERS), fc.constantFrom('', ' '), fromList(UNITS)).map(([n, s, u]) => n + s + u),
  fc.double({ noNaN: true }).map(String),
  fc.integer().map((n) => n.toLocaleString('en-US')),
);
const anyPiece = fc.oneof(quote, verb, name, number, fromList(DATES), fromList(PUNCT), fromList(SPACES), fromList(ODD), fromList(WORDS));
const clause = fc.array(fc.oneof({ weight: 4, arbitrary: fromList(WORDS) }, name, number, fromList(DATES), fromList(PUNCT)), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

/** Sentences shaped like reported speech, with random parts left out or swapped. */
const sentence = fc.oneof(
  // “Content,” Name said.
  fc.tuple(quote, clause, fc.constantFrom(',', '', '.', '?', '!'), quote, name, verb, fc.constantFrom('.', '', '\n')).map(([o, c, p, q, n, v, e]) => `${o}${c}${p}${q} ${n} ${v}${e}`),
  // Name said (that) content.
  fc.tuple(name, verb, fc.constantFrom('that ', '', ': ', ', '), clause, fromList(DATES), fc.constantFrom('.', '', '\n\n')).map(([n, v, t, c, d, e]) => `${n} ${v} ${t}${c} ${d}${e}`),
  // Split quotation: “A,” said Name, “B.”
  fc.tuple(quote, clause, quote, verb, name, quote, clause, quote).map(([a, c1, b, v, n, d, c2, e]) => `${a}${c1},${b} ${v} ${n}, ${d}${c2}.${e}`),
  // Content, according to Name (on date).
  fc.tuple(clause, name, fromList(DATES), fc.boolean()).map(([c, n, d, paren]) => (paren ? `${c} (${n} said ${d}).` : `${c}, according to ${n}, ${d}.`)),
  // Name: “content”
  fc.tuple(name, quote, clause, quote).map(([n, o, c, q]) => `${n}: ${o}${c}${q}`),
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', ', ', '. ', ' — ');
const newsText = fc
  .array(fc.tuple(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 3, arbitrary: anyPiece }), separator), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

// ---------------------------------------------------------------------------------------------
// (c) Mutated fixture articles

const QUOTE_CHARS = /["“”‘’'«»„‚‹›「」『』″`]/g;
/** Positions are drawn as naturals and reduced modulo the text's length, so every cut is possible. */
const pos = fc.nat({ max: 100_000 });

const mutation = fc.oneof(
  fc.constant({ kind: 'remove-quotes' as const }),
  fc.constant({ kind: 'double-quotes' as const }),
  fc.record({ kind: fc.constant('drop-quote' as const), at: pos }),
  fc.record({ kind: fc.constant('insert-quote' as const), at: pos, quote }),
  fc.record({ kind: fc.constant('strip-punctuation' as const), all: fc.boolean() }),
  fc.constant({ kind: 'join-lines' as const }),
  fc.record({ kind: fc.constant('slice' as const), a: pos, b: pos }),
  fc.record({ kind: fc.constant('shuffle-sentences' as const), keys: fc.array(fc.nat(), { minLength: 1, maxLength: 60 }) }),
  fc.record({ kind: fc.constant('case' as const), mode: fc.constantFrom('upper', 'lower', 'title', 'toggle-at'), at: fc.array(pos, { maxLength: 30 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, what: fc.oneof(anyPiece, sentence, fc.string({ unit: codeUnit, maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: pos, length: fc.nat(40) }),
  fc.record({ kind: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 6 }), glue: fc.constantFrom('', ' ', '\n', '\n\n') }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const at = (n: number, length: number): number => n % (length + 1);

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'remove-quotes':
      return text.replace(QUOTE_CHARS, '');
    case 'double-quotes':
      return text.replace(QUOTE_CHARS, '$&$&');
    case 'drop-quote': {
      const places = [...text.matchAll(QUOTE_CHARS)].map((x) => x.index);
      if (places.length === 0) return text;
      const i = places[m.at % places.length]!;
      return text.slice(0, i) + text.slice(i + 1);
    }
    case 'insert-quote': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + m.quote + text.slice(i);
    }
    case 'strip-punctuation':
      return m.all ? text.replace(/\p{P}/gu, '') : text.replace(/[.,;:!?]/g, '');
    case 'join-lines':
      return text.replace(/\s*\n\s*/g, ' ');
    case 'slice': {
      const a = at(m.a, text.length);
      const b = at(m.b, text.length);
      return text.slice(Math.min(a, b), Math.max(a, b));
    }
    case 'shuffle-sentences': {
      const sentences = text.split(/(?<=[.!?…]["”’)]?)\s+|\n+/);
      return sentences
        .map((s, i) => ({ s, key: m.keys[i % m.keys.length]! * 1000 + i }))
        .sort((x, y) => x.key - y.key)
        .map((x) => x.s)
        .join(m.keys[0]! % 2 ? ' ' : '\n');
    }
    case 'case': {
      if (m.mode === 'upper') return text.toUpperCase();
      if (m.mode === 'lower') return text.toLowerCase();
      if (m.mode === 'title') return text.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
      const chars = text.split('');
      for (const n of m.at) {
        if (chars.length === 0) break;
        const i = n % chars.length;
        const c = chars[i]!;
        chars[i] = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      }
      return chars.join('');
    }
    case 'insert': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + m.what + text.slice(i);
    }
    case 'delete': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'repeat': {
      // At most about 30,000 characters, so that stacked repeats stay cheap.
      const times = Math.max(1, Math.min(m.times, Math.floor(30_000 / Math.max(1, text.length))));
      return Array.from({ length: times }, () => text).join(m.glue);
    }
  }
}

const fixtureText = fc.nat(FIXTURES.length - 1).map((i) => FIXTURES[i]!);
const mutatedFixture = fc
  .tuple(fixtureText, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

// ---------------------------------------------------------------------------------------------
// (d) Long texts, for the time per character

const longText = fc
  .array(fc.oneof(fixtureText, mutatedFixture, newsText), { minLength: 4, maxLength: 40 })
  .map((parts) => {
    let text = parts.join('\n\n');
    while (text.length <= LONG_TEXT) text += '\n\n' + text;
    return text.slice(0, 30_000);
  });

// ---------------------------------------------------------------------------------------------

describe('fuzzing extract', () => {
  it('has the fixtures to mutate', () => {
    expect(FIXTURES.length).toBeGreaterThan(15);
    expect(FIXTURES.every((t) => !t.startsWith('---') && t.trim() !== '')).toBe(true);
    expect(FIXTURES.some((t) => t.length > LONG_TEXT)).toBe(true);
  });

  it('arbitrary Unicode, lone surrogates included', () => {
    fc.assert(fc.property(unicodeText, dateIndex, recheck, check), params(1101, RUNS));
  }, TIMEOUT);

  it('news-like text', () => {
    fc.assert(fc.property(newsText, dateIndex, recheck, check), params(2202, RUNS));
  }, TIMEOUT);

  it('mutated fixture articles', () => {
    fc.assert(fc.property(mutatedFixture, dateIndex, recheck, check), params(3303, RUNS));
  }, TIMEOUT);

  it('long texts, in bounded time per character', () => {
    fc.assert(fc.property(longText, dateIndex, recheck, check), params(4404, Math.max(20, Math.ceil(RUNS / 10))));
  }, TIMEOUT);

  afterAll(() => {
    if (process.env.FUZZ_RUNS) {
      console.log(
        `fuzz: ${worst.cases} cases (${worst.longCases} over ${LONG_TEXT} chars); slowest case ${worst.maxCaseMs.toFixed(1)} ms; ` +
          `worst ${worst.msPerChar.toFixed(4)} ms/char (${worst.chars} chars in ${worst.ms.toFixed(1)} ms)`,
      );
    }
  });
});
