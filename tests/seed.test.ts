import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type Claim, type Document } from '../src/index.js';
import { ARTICLES } from './helpers.js';

// The seed article and what ../shared/seed/EXPECTED.md requires of it (reference date 2025-11-12).
const body = readFileSync(path.join(ARTICLES, 'seed-desertion-crisis.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const doc = extract(body, { referenceDate: '2025-11-12' });

interface Row {
  readonly row: number;
  readonly name: string | null;
  readonly kinds: readonly string[];
  readonly mention: string | null;
  readonly resolution?: string;
  readonly cue: string | null;
  readonly from: string;
  readonly to: string;
  readonly role?: string;
  readonly affiliation?: string;
}

const ROWS: readonly Row[] = [
  { row: 1, name: 'multiple sources, including Western journalists and Russian officials', kinds: ['vague'], mention: 'multiple sources, including Western journalists and Russian officials', cue: 'according to', from: 'The Ukrainian military’s desertion crisis', to: 'unprecedented levels' },
  { row: 2, name: 'Christoph Vanner', kinds: ['person'], mention: 'Christoph Vanner', resolution: 'name', cue: 'reported', from: 'the rate of desertion', to: 'in October alone', role: 'correspondent', affiliation: 'Die Welt' },
  { row: 3, name: null, kinds: ['author'], mention: null, cue: null, from: 'Since the beginning of the year', to: 'an estimated 180,000' },
  { row: 5, name: 'Maria Zakharova', kinds: ['person'], mention: 'She', resolution: 'pronoun', cue: 'claimed', from: '15,000 to 18,000 deserters are leaving', to: 'within a year' },
  { row: 6, name: 'Maria Zakharova', kinds: ['person'], mention: 'Zakharova', resolution: 'surname', cue: 'noting', from: 'since February 2022, more than 230,000 criminal cases', to: 'military units' },
  { row: 7, name: 'Maria Zakharova', kinds: ['person'], mention: 'she', resolution: 'pronoun', cue: 'argued', from: 'These cases', to: 'within the ranks' },
  { row: 8, name: 'Reports from the front lines', kinds: ['vague', 'document'], mention: 'Reports from the front lines', cue: 'suggest', from: 'many soldiers are abandoning their posts', to: 'to secure victory' },
  { row: 9, name: null, kinds: ['author'], mention: null, cue: null, from: 'deserters have reportedly returned', to: 'to their home regions' },
  { row: 10, name: 'Vladimir Putin', kinds: ['person'], mention: 'Russian President Vladimir Putin', resolution: 'name', cue: 'emphasized', from: 'his commitment to protecting', to: 'Russian citizens', role: 'President', affiliation: 'Russian' },
  { row: 11, name: 'Vladimir Putin', kinds: ['person'], mention: 'Putin', resolution: 'surname', cue: 'highlighted', from: 'the losses suffered', to: 'in October' },
  { row: 12, name: 'critics', kinds: ['vague', 'group'], mention: 'critics', cue: 'argue', from: 'Putin’s claims are part', to: 'in the region' },
  { row: 13, name: 'critics', kinds: ['group'], mention: 'they', resolution: 'pronoun', cue: 'contend', from: 'This narrative', to: 'increasingly blurred' },
  { row: 14, name: 'polls', kinds: ['document'], mention: 'polls', cue: 'indicating', from: 'a growing divide between those who', to: 'a military solution' },
];

function find(d: Document, row: Row): Claim | undefined {
  return d.claims.find(
    (c) => (c.cue?.text ?? null) === row.cue && c.content.text.startsWith(row.from) && c.content.text.endsWith(row.to),
  );
}

const row = (n: number): Row => ROWS.find((r) => r.row === n)!;
const times = (c: Claim) => c.timeIds.map((id) => doc.times.find((t) => t.id === id)!);
const quantities = (c: Claim) => c.quantityIds.map((id) => doc.quantities.find((q) => q.id === id)!);

describe('seed article (EXPECTED.md)', () => {
  it.each(ROWS)('row $row: $cue → $name', (r) => {
    const claim = find(doc, r);
    expect(claim, `no claim with cue ${r.cue} and content "${r.from} … ${r.to}"`).toBeDefined();
    const c = claim!;
    expect(c.source?.name ?? null).toBe(r.name);
    expect(r.kinds).toContain(c.source?.kind);
    expect(c.source?.mention?.text ?? null).toBe(r.mention);
    if (r.resolution) expect(c.source?.resolution).toBe(r.resolution);
    if (r.role) expect(c.source?.role).toBe(r.role);
    if (r.affiliation) expect(c.source?.affiliation).toBe(r.affiliation);
    if (r.name === null) expect(c.kind).toBe('unattributed');
  });

  it('row 2: 21,600 soldiers, October 2025, said on 2025-11-09', () => {
    const c = find(doc, row(2))!;
    expect(quantities(c).map((q) => [q.value, q.unit])).toEqual([[21600, 'soldiers']]);
    expect(times(c).map((t) => [t.span.text, t.value])).toEqual([['October', '2025-10']]);
    expect(doc.times.find((t) => t.id === c.statementTime)?.value).toBe('2025-11-09');
  });

  it('row 3: about 180,000 deserters since 2025-01-01', () => {
    const c = find(doc, row(3))!;
    const [q] = quantities(c);
    expect(q).toMatchObject({ value: 180000, approximate: true, unit: 'deserters' });
    const since = times(c).find((t) => t.span.text === 'the beginning of the year');
    expect(since?.interval).toEqual({ start: '2025-01-01', end: '2025-11-12' });
  });

  it('row 4: Zakharova’s following claims carry her cited source and statement time', () => {
    for (const r of [row(5), row(6)]) {
      const c = find(doc, r)!;
      expect(c.citedSources.map((s) => s.name)).toContain('Ukraine’s Prosecutor General’s Office');
      expect(doc.times.find((t) => t.id === c.statementTime)?.value).toBe('2025-11-07');
    }
  });

  it('row 5: a monthly range of 15,000–18,000 deserters, over 180,000 within a year, conditional', () => {
    const c = find(doc, row(5))!;
    const qs = quantities(c);
    expect(qs[0]).toMatchObject({ value: null, range: { low: 15000, high: 18000 }, unit: 'deserters', rate: 'P1M' });
    expect(qs[1]).toMatchObject({ value: 180000, bound: '>', unit: 'deserters' });
    const ts = times(c).map((t) => [t.span.text, t.type, t.value]);
    expect(ts).toContainEqual(['each month', 'SET', 'P1M']);
    expect(ts).toContainEqual(['a year', 'DURATION', 'P1Y']);
    expect(c.hedges.map((h) => h.kind)).toContain('conditional');
  });

  it('row 6: more than 230,000 criminal cases since February 2022', () => {
    const c = find(doc, row(6))!;
    expect(quantities(c)).toEqual([expect.objectContaining({ value: 230000, bound: '>', unit: 'criminal cases' })]);
    const since = times(c).find((t) => t.span.text === 'February 2022');
    expect(since?.interval).toEqual({ start: '2022-02', end: '2025-11-12' });
  });

  it('row 9: hedged by "reportedly"', () => {
    expect(find(doc, row(9))!.hedges.map((h) => h.kind)).toContain('reported');
  });

  it('row 11: October → 2025-10', () => {
    expect(times(find(doc, row(11))!).map((t) => t.value)).toEqual(['2025-10']);
  });

  it('gives no claim of Ukrainian officials that is not negated', () => {
    for (const c of doc.claims) {
      if (/Ukrainian officials/.test(c.source?.mention?.text ?? '')) expect(c.negated).toBe(true);
    }
  });

  it('takes no date part or period ordinal for a quantity', () => {
    const texts = doc.quantities.map((q) => q.span.text);
    for (const forbidden of ['9th', '7th', '2022', 'fourth']) expect(texts.some((t) => t.includes(forbidden))).toBe(false);
  });

  it('reads "Die" as part of the organisation Die Welt, not as a cue', () => {
    expect(doc.claims.some((c) => c.cue?.text === 'Die')).toBe(false);
    expect(doc.entities).toContainEqual(expect.objectContaining({ kind: 'organization', name: 'Die Welt' }));
  });

  it('does not make "Putin’s claims" a source', () => {
    expect(doc.claims.some((c) => (c.source?.mention?.text ?? '').includes('claims'))).toBe(false);
  });

  it('finds the entities with their roles, affiliations and mentions', () => {
    const entity = (name: string) => doc.entities.find((e) => e.name === name);
    expect(entity('Christoph Vanner')).toMatchObject({ kind: 'person', roles: ['correspondent'], affiliations: ['Die Welt'] });
    expect(entity('Maria Zakharova')).toMatchObject({ kind: 'person', roles: ['spokesperson'], affiliations: ['Russian Foreign Ministry'] });
    expect(entity('Maria Zakharova')!.mentions.map((m) => m.text)).toEqual(['Maria Zakharova', 'She', 'Zakharova', 'she']);
    expect(entity('Vladimir Putin')).toMatchObject({ kind: 'person', roles: ['President'] });
    expect(entity('Vladimir Putin')!.mentions.map((m) => m.text)).toEqual(['Russian President Vladimir Putin', 'his', 'Putin', 'Putin’s']);
    for (const org of ['Die Welt', 'Russian Foreign Ministry', 'Ukraine’s Prosecutor General’s Office']) {
      expect(entity(org)?.kind, org).toBe('organization');
    }
    for (const place of ['Kharkiv', 'Zaporizhzhia', 'Donbass', 'Ukraine', 'Russia']) expect(entity(place)?.kind, place).toBe('place');
  });

  it('keeps the year unknown without a reference date', () => {
    const undated = extract(body);
    expect(undated.referenceDate).toEqual({ value: null, origin: 'none' });
    const values = undated.times.map((t) => t.value);
    expect(values).toContain('XXXX-11-09');
    expect(values).toContain('XXXX-11-07');
    expect(values).toContain('XXXX-10');
    expect(values.some((v) => v.startsWith('2025'))).toBe(false);
  });
});
