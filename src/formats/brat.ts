import type { Document, EntityKind, Quantity, Time } from '../schema/index.js';
import { codePointOffsets } from './code-points.js';

/**
 * A converter from UTF-16 offsets (claimkit's default) to Unicode code point offsets, the unit
 * brat counts in (it indexes Python strings). Re-exported from ./code-points.js.
 */
export { codePointOffsets };

/** brat type of an entity mention, per entity kind. */
const ENTITY_TYPES: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  group: 'Group',
  document: 'Document',
  unknown: 'Entity',
};

/** Text-bound types that are not event triggers, in annotation.conf order. */
const TEXT_TYPES: readonly string[] = ['Source', 'Content', 'Quantity', 'Time', ...new Set(Object.values(ENTITY_TYPES))];

/** Event type of a claim with a cue; its trigger is the cue. */
const ATTRIBUTION = 'Attribution';
/** Event type of a claim without a cue; its trigger covers the content. */
const ATTRIBUTION_NO_CUE = 'Attribution-no-cue';

/**
 * Characters that end a line for brat and its readers (Python's `str.splitlines`, which also covers
 * `readlines`). A text-bound annotation never covers one: its span is split around it, as brat does.
 */
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** A stretch of the document text in UTF-16 offsets, end exclusive. */
interface Piece {
  start: number;
  end: number;
}

/**
 * The pieces of some spans that brat can annotate: in text order, overlapping or touching spans
 * merged, split around line breaks, empty pieces dropped.
 */
function bratPieces(text: string, spans: readonly Piece[]): Piece[] {
  const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Piece[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push(s);
  }
  const out: Piece[] = [];
  for (const { start, end } of merged) {
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || LINE_BREAK.test(text[i]!)) {
        if (i > from) out.push({ start: from, end: i });
        from = i + 1;
      }
    }
  }
  return out;
}

/** Text for an AnnotatorNotes line: line breaks become spaces. */
function oneLine(s: string): string {
  return s.replace(new RegExp(LINE_BREAK.source, 'g'), ' ');
}

/** A string value in a note: bare, or as JSON when it has spaces, quotes or "=". */
function noteValue(s: string): string {
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

/** The AnnotatorNotes text of a quantity: "value=21600 unit=soldiers bound=> kind=count". */
function quantityNote(q: Quantity): string {
  const parts: string[] = [];
  if (q.value !== null) parts.push(`value=${q.value}`);
  if (q.range) parts.push(`low=${q.range.low}`, `high=${q.range.high}`);
  if (q.unit !== null) parts.push(`unit=${noteValue(q.unit)}`);
  parts.push(`bound=${q.bound}`, `kind=${q.kind}`);
  if (q.approximate) parts.push('approximate=true');
  if (q.rate !== null) parts.push(`rate=${q.rate}`);
  if (q.per !== null) parts.push(`per=${noteValue(q.per)}`);
  if (q.trend !== null) parts.push(`trend=${q.trend}`);
  if (q.trendOf !== null) parts.push(`trendOf=${q.trendOf}`);
  if (q.from !== null) parts.push(`from=${q.from}`);
  return parts.join(' ');
}

/** The AnnotatorNotes text of a time: "DATE 2025-11-09", with its mod and interval if any. */
function timeNote(t: Time): string {
  const parts = [t.type, t.value];
  if (t.mod !== null) parts.push(`mod=${t.mod}`);
  if (t.interval) parts.push(`interval=${t.interval.start ?? '..'}/${t.interval.end ?? '..'}`);
  return parts.join(' ');
}

/** Collects the lines of one .ann file, numbering ids in order and sharing identical text-bound annotations. */
class AnnWriter {
  private readonly textBounds: string[] = [];
  private readonly events: string[] = [];
  private readonly notes: string[] = [];
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly cp: (utf16: number) => number,
  ) {}

  /** The id of a text-bound annotation of this type over these spans (UTF-16), or null when nothing is left to annotate. */
  textBound(type: string, spans: readonly Piece[]): string | null {
    const pieces = bratPieces(this.text, spans);
    if (pieces.length === 0) return null;
    const offsets = pieces.map((p) => `${this.cp(p.start)} ${this.cp(p.end)}`).join(';');
    const key = `${type} ${offsets}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const id = `T${this.textBounds.length + 1}`;
    this.byKey.set(key, id);
    this.textBounds.push(`${id}\t${type} ${offsets}\t${pieces.map((p) => this.text.slice(p.start, p.end)).join(' ')}`);
    return id;
  }

  /** An event on a trigger, with the arguments that exist. */
  event(type: string, trigger: string, args: readonly [role: string, id: string | null][]): void {
    const roles = args.flatMap(([role, id]) => (id ? [` ${role}:${id}`] : []));
    this.events.push(`E${this.events.length + 1}\t${type}:${trigger}${roles.join('')}`);
  }

  /** An AnnotatorNotes comment on an annotation. */
  note(target: string, text: string): void {
    this.notes.push(`#${this.notes.length + 1}\tAnnotatorNotes ${target}\t${oneLine(text)}`);
  }

  /** The .ann text: text-bound annotations, then events, then notes, one per line. */
  toString(): string {
    return [...this.textBounds, ...this.events, ...this.notes].map((l) => `${l}\n`).join('');
  }
}

/**
 * A document in brat standoff format: `txt` is `doc.text` unchanged, `ann` its annotations with
 * offsets in Unicode code points (as brat counts them). Each claim gives a Source (the source
 * mention), a Content (its fragments as one, possibly discontinuous, annotation) and an event: on
 * the cue as `Attribution` trigger (`E1\tAttribution:T2 Source:T1 Content:T3`), or, without a cue,
 * on an `Attribution-no-cue` trigger over the content. Quantities, times and entity mentions
 * (Person, Organization, Place, Group, Document, or Entity for unknown ones) are text-bound too,
 * with AnnotatorNotes giving each quantity's and time's normalised value. Spans are split around
 * line breaks into discontinuous pieces, as brat itself stores them, so an annotation's text is its
 * pieces joined by single spaces.
 */
export function toBrat(doc: Document): { txt: string; ann: string } {
  const w = new AnnWriter(doc.text, codePointOffsets(doc.text));
  for (const c of doc.claims) {
    const source = c.source?.mention ? w.textBound('Source', [c.source.mention]) : null;
    const content = w.textBound('Content', c.content.fragments);
    if (c.cue) {
      const cue = w.textBound(ATTRIBUTION, [c.cue]);
      if (cue) {
        w.event(ATTRIBUTION, cue, [['Source', source], ['Content', content]]);
        continue;
      }
    }
    const trigger = w.textBound(ATTRIBUTION_NO_CUE, c.content.fragments);
    if (trigger) w.event(ATTRIBUTION_NO_CUE, trigger, [['Source', source], ['Content', content]]);
  }
  for (const q of doc.quantities) {
    const id = w.textBound('Quantity', [q.span]);
    if (id) w.note(id, quantityNote(q));
  }
  for (const t of doc.times) {
    const id = w.textBound('Time', [t.span]);
    if (id) w.note(id, timeNote(t));
  }
  for (const e of doc.entities) for (const m of e.mentions) w.textBound(ENTITY_TYPES[e.kind], [m]);
  return { txt: doc.text, ann: w.toString() };
}

/**
 * A brat `annotation.conf` declaring the types {@link toBrat} writes: the text-bound entity types,
 * the Attribution and Attribution-no-cue events (Source optional, Content required), and an
 * `<OVERLAP>` rule letting entities nest and cross (a quantity inside a content) without
 * validation errors.
 */
export function bratConfig(): string {
  return [
    '# claimkit brat configuration',
    '[entities]',
    ...TEXT_TYPES,
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    `${ATTRIBUTION}\tSource?:Source, Content:Content`,
    `${ATTRIBUTION_NO_CUE}\tSource?:Source, Content:Content`,
    '',
    '[attributes]',
    '',
  ].join('\n');
}
