import { extract } from '../../extract.js';
import type { Document } from '../../schema/index.js';
import type { AttributionItem } from '../attribution.js';
import { DURATION_UNITS, UNIT_ALIASES } from '../lexicon/unit-aliases.js';
import type { Change, QuantityItem } from '../quantities.js';
import type { TimeItem } from '../times.js';
import type { QuantitySystem, TimeSystem } from './types.js';

const DURATION = /^P(T?)(\d+(?:\.\d+)?)(DE|CE|[YMWDHS])$/;

/** Our quantity's bound, approximation and trend in CQE's change vocabulary: trend first, then bound, then approximation. */
export function changeOf(q: Document['quantities'][number]): Change {
  if (q.trend) return q.trend;
  if (q.bound === '>' || q.bound === '>=') return '>';
  if (q.bound === '<' || q.bound === '<=') return '<';
  if (q.bound === '~' || q.approximate) return '~';
  return '=';
}

/** A unit and the names it stands for ("GBP" → "gbp", "pound", "pound sterling", ...). */
export function unitNames(unit: string | null): string[] {
  if (!unit) return [];
  const lower = unit.toLowerCase();
  return [lower, ...(Object.hasOwn(UNIT_ALIASES, lower) ? UNIT_ALIASES[lower]! : [])];
}

/** claimkit's quantities as CQE items, with numeric durations ("five years"), which CQE counts as quantities. */
export function quantityItems(doc: Document): QuantityItem[] {
  const items: (QuantityItem & { at: number })[] = doc.quantities.map((q) => ({
    at: q.span.start,
    value: q.value,
    range: q.range ? ([q.range.low, q.range.high] as const) : null,
    units: unitNames(q.unit),
    change: changeOf(q),
  }));
  for (const t of doc.times) {
    const m = t.type === 'DURATION' ? DURATION.exec(t.value) : null;
    if (!m) continue;
    const key = m[1] === 'T' && m[3] === 'M' ? 'TM' : m[3]!;
    items.push({ at: t.span.start, value: Number(m[2]), range: null, units: [DURATION_UNITS[key] ?? key], change: '=' });
  }
  return items.sort((a, b) => a.at - b.at).map(({ at: _at, ...q }) => q);
}

/** claimkit's times as TIMEX3 items. */
export function timeItems(doc: Document): TimeItem[] {
  return doc.times.map((t) => ({ start: t.span.start, end: t.span.end, type: t.type, value: t.value }));
}

/** claimkit's attributed claims as spans: the source mention, the cue, the content fragments. */
export function attributionItems(doc: Document, isSpeech: (cue: string) => boolean): AttributionItem[] {
  return doc.claims
    .filter((c) => c.kind !== 'unattributed')
    .map((c) => ({
      source: c.source?.mention ? { start: c.source.mention.start, end: c.source.mention.end } : null,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end } : null,
      content: c.content.fragments.map((f) => ({ start: f.start, end: f.end })),
      speech: c.cue !== null && isSpeech(c.cue.text),
      resolvedName: c.source?.name ?? null,
    }));
}

/** claimkit as a time system. */
export const claimkitTimes: TimeSystem = {
  name: 'claimkit',
  run: (text, date) => timeItems(extract(text, date ? { referenceDate: date } : {})),
};

/** claimkit as a quantity system. */
export const claimkitQuantities: QuantitySystem = {
  name: 'claimkit',
  run: (text) => quantityItems(extract(text)),
};
