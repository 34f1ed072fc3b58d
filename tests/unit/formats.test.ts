import fc from 'fast-check';
import { parseCsv } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { extract, toClaimRecords, type ClaimRecord, type Document } from '../../src/index.js';
import { bratConfig, codePointOffsets, toBrat } from '../../src/formats/brat.js';
import { CSV_COLUMNS, csvHeader, csvRows } from '../../src/formats/csv.js';
import { serializeRecords } from '../../src/formats/serialize.js';

const OPTIONS = { referenceDate: '2025-11-12' } as const;

/** An emoji and a non-BMP letter before a quotation: code points and UTF-16 offsets differ. */
const EMOJI_TEXT = 'Fans cheered 😀 and waved 𝒳 flags. “We will win 3 of the next 4 games,” Anna Berg said on Monday.';
/** A content with commas, straight quotes and a line break. */
const PUNCTUATED_TEXT = 'Maria Lopez said: "Costs rose by 5%, and \'nobody\',\nat first, noticed."\n\n“Costs rose,” Tom Reed said, “and wages, sadly, did not.”';
/** No cue, a vague source, a discontinuous content. */
const MIXED_TEXT = 'Prices will rise by about 3.2% next year, according to a report by the Central Bank. 👍🏽 The Ministry of Health said on 9 November that more than 4,000 people had been treated.';

const TEXTS = [EMOJI_TEXT, PUNCTUATED_TEXT, MIXED_TEXT];

// ---------------------------------------------------------------------------------------------
// CSV

/** Check one parsed CSV row against its record, column by column. */
function expectRowMatches(row: readonly string[], record: ClaimRecord): void {
  expect(row).toHaveLength(CSV_COLUMNS.length);
  CSV_COLUMNS.forEach((column, i) => {
    const field = row[i]!;
    const value: unknown = record[column];
    const where = `${record.claimId}.${column}`;
    if (value === null) expect(field, where).toBe('');
    else if (typeof value === 'boolean') expect(field, where).toBe(String(value));
    else if (typeof value === 'number') {
      expect(field, where).toBe(JSON.stringify(value));
      expect(JSON.parse(field), where).toBe(value);
    } else if (typeof value === 'string') expect(field, where).toBe(value);
    else expect(JSON.parse(field), where).toEqual(value);
  });
}

/** CSV of records parsed back: header plus one row per record, each matching. */
function expectCsvRoundTrip(records: readonly ClaimRecord[]): void {
  const rows = parseCsv(csvHeader() + csvRows(records));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows).toHaveLength(records.length + 1);
  records.forEach((r, i) => expectRowMatches(rows[i + 1]!, r));
}

describe('CSV', () => {
  it('has the columns of the JSONL record, in schema order', () => {
    expect(parseCsv(csvHeader())).toEqual([[...CSV_COLUMNS]]);
    expect(csvHeader().endsWith('\r\n')).toBe(true);
    const records = toClaimRecords(extract(EMOJI_TEXT, OPTIONS));
    const jsonl = serializeRecords(records).trimEnd().split('\n');
    expect(records.length).toBeGreaterThan(0);
    for (const line of jsonl) expect(Object.keys(JSON.parse(line) as object)).toEqual([...CSV_COLUMNS]);
  });

  it.each(TEXTS.map((t) => [t.slice(0, 30), t]))('round-trips every record of %j', (_, text) => {
    const records = toClaimRecords(extract(text, OPTIONS));
    expect(records.length).toBeGreaterThan(0);
    expectCsvRoundTrip(records);
  });

  it('quotes commas, quotes, CR and LF, and only those', () => {
    const doc = extract(PUNCTUATED_TEXT, OPTIONS);
    const [first] = toClaimRecords(doc);
    expect(first!.content).toContain('\n');
    const tricky: ClaimRecord = { ...first!, docTitle: 'A "title", with\r\na break', docPath: 'a\rcarriage return', sourceAffiliation: ' spaced ', sourceRole: null };
    const row = csvRows([tricky]);
    expect(row.endsWith('\r\n')).toBe(true);
    expect(row).toContain(',"a\rcarriage return","A ""title"", with\r\na break",');
    expect(row).toContain(', spaced ,');
    expectCsvRoundTrip([tricky]);
  });

  it('writes nothing for no records, and the same bytes every time', () => {
    expect(csvRows([])).toBe('');
    const records = toClaimRecords(extract(MIXED_TEXT, OPTIONS));
    expect(csvRows(records)).toBe(csvRows(structuredClone(records)));
  });
});

// ---------------------------------------------------------------------------------------------
// brat

/** What line breaks brat's readers see (Python's str.splitlines). */
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const LINE_BREAKS = new RegExp(`${LINE_BREAK.source}+`, 'g');

/** A span's text as brat must show it: line breaks dropped between pieces joined by single spaces. */
function bratText(texts: readonly string[]): string {
  return texts
    .flatMap((t) => t.split(LINE_BREAKS))
    .filter((t) => t !== '')
    .join(' ');
}

interface TextBound {
  type: string;
  pieces: [number, number][];
  text: string;
}
interface BratEvent {
  type: string;
  trigger: string;
  args: [string, string][];
}
interface ParsedAnn {
  textBounds: Map<string, TextBound>;
  events: BratEvent[];
  notes: { target: string; note: string }[];
}

/** The .ann lines parsed with brat's syntax; fails on any other line. */
function parseAnn(ann: string): ParsedAnn {
  expect(ann === '' || ann.endsWith('\n')).toBe(true);
  const out: ParsedAnn = { textBounds: new Map(), events: [], notes: [] };
  const lines = ann === '' ? [] : ann.slice(0, -1).split('\n');
  for (const line of lines) {
    const t = /^(T\d+)\t([A-Za-z0-9_-]+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    const e = /^(E\d+)\t([A-Za-z0-9_-]+):(T\d+)((?: [A-Za-z]+:[TE]\d+)*)$/.exec(line);
    const n = /^(#\d+)\tAnnotatorNotes ([TE]\d+)\t(.*)$/.exec(line);
    if (t) {
      expect(out.textBounds.has(t[1]!), `duplicate id in ${line}`).toBe(false);
      const pieces = t[3]!.split(';').map((p) => p.split(' ').map(Number) as [number, number]);
      out.textBounds.set(t[1]!, { type: t[2]!, pieces, text: t[4]! });
    } else if (e) {
      const args = e[4]!.trim() === '' ? [] : e[4]!.trim().split(' ').map((a) => a.split(':') as [string, string]);
      out.events.push({ type: e[2]!, trigger: e[3]!, args });
    } else if (n) {
      out.notes.push({ target: n[2]!, note: n[3]! });
    } else {
      throw new Error(`not a brat line: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

/** The section lines of an annotation.conf. */
function confSection(conf: string, name: string): string[] {
  const lines = conf.split('\n');
  const start = lines.indexOf(`[${name}]`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('[')) break;
    if (line.trim() !== '' && !line.startsWith('#')) out.push(line.split('\t')[0]!);
  }
  return out;
}

/**
 * Check a document's brat output as brat loads it: every text-bound annotation's code point offsets
 * select its text, events point at existing annotations of the right types, and every claim,
 * quantity, time and entity mention is there with its exact text.
 */
function expectValidBrat(doc: Document): ParsedAnn {
  const { txt, ann } = toBrat(doc);
  expect(txt).toBe(doc.text);
  const parsed = parseAnn(ann);
  const codePoints = Array.from(txt);
  const conf = bratConfig();
  const entityTypes = new Set(confSection(conf, 'entities'));
  const eventTypes = new Set(confSection(conf, 'events'));

  for (const [id, t] of parsed.textBounds) {
    expect(entityTypes.has(t.type) || eventTypes.has(t.type), `${id} type ${t.type}`).toBe(true);
    const texts = t.pieces.map(([start, end], i) => {
      expect(start, `${id} piece ${i}`).toBeLessThan(end);
      expect(end, `${id} piece ${i}`).toBeLessThanOrEqual(codePoints.length);
      if (i > 0) expect(start, `${id} pieces in order, not touching`).toBeGreaterThan(t.pieces[i - 1]![1]);
      const piece = codePoints.slice(start, end).join('');
      expect(LINE_BREAK.test(piece), `${id} piece ${i} crosses a line break`).toBe(false);
      return piece;
    });
    // brat's own check: the text is the pieces joined with single spaces.
    expect(t.text, id).toBe(texts.join(' '));
    expect(LINE_BREAK.test(t.text)).toBe(false);
  }

  const type = (id: string): string | undefined => parsed.textBounds.get(id)?.type;
  for (const e of parsed.events) {
    expect(eventTypes.has(e.type)).toBe(true);
    // brat refuses an event whose trigger is not a text-bound annotation of the event's type.
    expect(type(e.trigger)).toBe(e.type);
    for (const [role, id] of e.args) {
      expect(parsed.textBounds.has(id), `${role}:${id}`).toBe(true);
      expect(type(id)).toBe(role);
    }
  }
  for (const n of parsed.notes) expect(parsed.textBounds.has(n.target)).toBe(true);

  // Every claim is an event in order, with its cue, source and content as written.
  expect(parsed.events).toHaveLength(doc.claims.length);
  doc.claims.forEach((c, i) => {
    const e = parsed.events[i]!;
    const arg = (role: string): TextBound | undefined => {
      const id = e.args.find(([r]) => r === role)?.[1];
      return id ? parsed.textBounds.get(id) : undefined;
    };
    const content = bratText(c.content.fragments.map((f) => f.text));
    expect(arg('Content')?.text, c.id).toBe(content);
    expect(arg('Source')?.text, c.id).toBe(c.source?.mention ? bratText([c.source.mention.text]) : undefined);
    expect(e.type).toBe(c.cue ? 'Attribution' : 'Attribution-no-cue');
    expect(parsed.textBounds.get(e.trigger)!.text).toBe(c.cue ? bratText([c.cue.text]) : content);
  });

  // Quantities, times and entity mentions, each with its exact text.
  const texts = (t: string): string[] => [...parsed.textBounds.values()].filter((x) => x.type === t).map((x) => x.text);
  expect(texts('Quantity')).toEqual(doc.quantities.map((q) => bratText([q.span.text])));
  expect(texts('Time')).toEqual(doc.times.map((t) => bratText([t.span.text])));
  // An entity listing the same mention twice gets one annotation.
  const mentions = new Map(doc.entities.flatMap((e) => e.mentions.map((m) => [`${e.kind} ${m.start} ${m.end}`, bratText([m.text])] as const)));
  const entityKinds = ['Person', 'Organization', 'Place', 'Group', 'Document', 'Entity'];
  expect([...parsed.textBounds.values()].filter((x) => entityKinds.includes(x.type)).map((x) => x.text).sort()).toEqual([...mentions.values()].sort());
  expect(parsed.notes).toHaveLength(doc.quantities.length + doc.times.length);
  return parsed;
}

describe('brat', () => {
  it('converts UTF-16 offsets to code points', () => {
    const text = 'a😀b𝒳\n“c”';
    const cp = codePointOffsets(text);
    for (let i = 0; i <= text.length; i++) {
      const code = text.charCodeAt(i - 1);
      if (code >= 0xd800 && code <= 0xdbff) continue; // inside a pair
      expect(cp(i), `offset ${i}`).toBe(Array.from(text.slice(0, i)).length);
    }
    expect(codePointOffsets('plain')(3)).toBe(3);
  });

  it.each(TEXTS.map((t) => [t.slice(0, 30), t]))('writes exact annotations for %j', (_, text) => {
    const doc = extract(text, OPTIONS);
    expect(doc.claims.length).toBeGreaterThan(0);
    expectValidBrat(doc);
  });

  it('counts code points after an emoji and a non-BMP letter', () => {
    const doc = extract(EMOJI_TEXT, OPTIONS);
    const { ann } = toBrat(doc);
    const quote = '“We will win 3 of the next 4 games,”';
    const utf16 = EMOJI_TEXT.indexOf(quote);
    const start = utf16 - 2; // 😀 and 𝒳 are two code units each, one code point
    expect(ann).toContain(`\tContent ${start} ${start + quote.length}\t${quote}\n`);
    expect(ann).toMatch(/^E1\tAttribution:T\d+ Source:T\d+ Content:T\d+$/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T\d+\tDATE 2025-11-10$/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T\d+\tvalue=4 unit=games bound== kind=count$/m);
  });

  it('splits a content around a line break and joins split quotes with a space', () => {
    const doc = extract(PUNCTUATED_TEXT, OPTIONS);
    const parsed = expectValidBrat(doc);
    const contents = [...parsed.textBounds.values()].filter((t) => t.type === 'Content');
    const broken = contents.find((t) => t.text.startsWith('"Costs rose by 5%'));
    expect(broken?.pieces).toHaveLength(2);
    expect(broken?.text).toBe('"Costs rose by 5%, and \'nobody\', at first, noticed."');
    const split = contents.find((t) => t.text.startsWith('“Costs rose,”'));
    expect(split?.text).toBe('“Costs rose,” “and wages, sadly, did not.”');
    expect(split?.pieces).toHaveLength(2);
  });

  it('declares every type it writes, and is deterministic', () => {
    const conf = bratConfig();
    for (const section of ['entities', 'relations', 'events', 'attributes']) expect(conf).toContain(`[${section}]\n`);
    expect(confSection(conf, 'events')).toEqual(['Attribution', 'Attribution-no-cue']);
    const doc = extract(MIXED_TEXT, OPTIONS);
    expect(toBrat(doc)).toEqual(toBrat(structuredClone(doc)));
  });

  it('is empty for a text without annotations', () => {
    expect(toBrat(extract('', OPTIONS))).toEqual({ txt: '', ann: '' });
  });
});

// ---------------------------------------------------------------------------------------------
// Property: news-like texts

const names = fc.constantFrom('Anna Berg', 'Dr. Li Wei', 'the minister', 'She', 'Tom O’Neill', 'Officials', 'Zoë Ćirić', 'The Ministry of Health');
const amounts = fc.constantFrom('21,600 soldiers', 'about 5%', '$3.2 billion', 'more than 4,000 people', '12 per cent', 'nearly 300 😀 fans', 'between 15,000 and 18,000 homes');
const dates = fc.constantFrom('', ' on Monday', ' on 9 November 2025', ' last year', ' in March', ' since February 2022');
const subjects = fc.constantFrom('prices', 'the 𝒳 index', 'sales 😀', 'wages', 'the army', 'exports to “Asia”');
const verbs = fc.constantFrom('rose by', 'fell to', 'will reach', 'sent', 'could top', 'did not pass');
const cues = fc.constantFrom('said', 'told reporters', 'claimed', 'added', 'warned');
const breaks = fc.constantFrom(' ', ' ', '\n', '\n\n', ' 👍🏽 ', ', ');
const quoteBreaks = fc.constantFrom('\n', '\n', '\n\n', ' ', ' 😀 ');
const noise = fc.string({ unit: 'grapheme', maxLength: 6 });

const clause = fc.tuple(subjects, verbs, amounts, dates).map(([s, v, a, d]) => `${s} ${v} ${a}${d}`);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = fc.oneof(
  fc.tuple(clause, names, cues, dates).map(([c, n, q, d]) => `“${capital(c)},” ${n} ${q}${d}.`),
  fc.tuple(names, cues, dates, clause).map(([n, q, d, c]) => `${n} ${q}${d} that ${c}.`),
  fc.tuple(names, cues, clause, quoteBreaks, clause).map(([n, q, c1, b, c2]) => `${n} ${q}: "${capital(c1)},${b}and ${c2}."`),
  fc.tuple(clause, names, cues, clause).map(([c1, n, q, c2]) => `“${capital(c1)},” ${n} ${q}, “and ${c2}.”`),
  fc.tuple(clause, names).map(([c, n]) => `${capital(c)}, according to ${n}.`),
  fc.tuple(noise, clause).map(([x, c]) => `${x} ${capital(c)}.`),
);
const article = fc.array(fc.tuple(sentence, breaks), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([s, b]) => s + b).join(''));

describe('brat and CSV on generated news-like texts', () => {
  it('keeps brat offsets exact and CSV rows faithful', () => {
    // How often the cases that matter came up, so that the generator keeps producing them.
    const seen = { claims: 0, lineBreakSplit: 0, codePointShift: 0, noCue: 0 };
    fc.assert(
      fc.property(article, (text) => {
        const doc = extract(text, OPTIONS);
        const parsed = expectValidBrat(doc);
        const records = toClaimRecords(doc);
        expectCsvRoundTrip(records);
        seen.claims += doc.claims.length;
        if (doc.claims.some((c) => c.content.fragments.some((f) => LINE_BREAK.test(f.text)))) seen.lineBreakSplit++;
        if (doc.text.length !== Array.from(doc.text).length && parsed.textBounds.size > 0) seen.codePointShift++;
        if (parsed.events.some((e) => e.type === 'Attribution-no-cue')) seen.noCue++;
      }),
      { numRuns: 150 },
    );
    for (const [what, count] of Object.entries(seen)) expect(count, `${what}: ${JSON.stringify(seen)}`).toBeGreaterThan(0);
  });
});
