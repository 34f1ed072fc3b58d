import type { QuantityItem } from '../quantities.js';
import type { TimeItem } from '../times.js';
import { loadOptional, type QuantitySystem, type TimeSystem } from './types.js';

// Small adapters from the libraries a user would pick instead into our items. Each maps only
// what the library itself returns; an exception on a document yields no items for it.

// The lookbehind starts a try only where a run starts (same match: the leftmost one always does), so a long run that
// is not at the end is not rescanned from each of its characters.
const TRAILING = /(?<![\s.,;:!?'"“”‘’)])[\s.,;:!?'"“”‘’)]+$/u;
const LEADING = /^[\s'"“”‘’(]+/u;

/** Trim punctuation and spaces the libraries keep around a match. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  const piece = text.slice(start, end);
  const lead = LEADING.exec(piece)?.[0].length ?? 0;
  const trail = TRAILING.exec(piece.slice(lead))?.[0].length ?? 0;
  return { start: start + lead, end: end - trail };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dateOf = (date: string | null): Date => new Date(`${date ?? new Date(0).toISOString().slice(0, 10)}T12:00:00Z`);

interface ChronoComponents {
  get(c: string): number | null;
  isCertain(c: string): boolean;
}
interface ChronoModule {
  parse(text: string, ref: Date, options?: object): { index: number; text: string; start: ChronoComponents }[];
}

/** chrono-node: dates and times; the value at the finest component it is certain of. */
export async function chronoTimes(): Promise<TimeSystem> {
  const chrono = await loadOptional<ChronoModule>('chrono-node');
  return {
    name: 'chrono-node',
    run(text, date) {
      return chrono.parse(text, dateOf(date)).map((r) => {
        const s = r.start;
        const y = s.get('year') ?? 0;
        const day = `${pad(y, 4)}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
        let value: string;
        let type = 'DATE';
        if (s.isCertain('hour')) {
          value = `${day}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
          type = 'TIME';
        } else if (s.isCertain('day') || s.isCertain('weekday')) value = day;
        else if (s.isCertain('month')) value = day.slice(0, 7);
        else if (s.isCertain('year')) value = day.slice(0, 4);
        else value = day;
        return { ...trimmed(text, r.index, r.index + r.text.length), type, value };
      });
    },
  };
}

interface CompromiseDoc {
  dates(o: object): { json(o: object): { text: string; offset: { start: number; length: number }; dates?: { start?: string; unit?: string; repeat?: object } }[] };
  durations(): { json(o: object): { text: string; offset: { start: number; length: number }; duration?: Record<string, number> }[] };
  numbers(): { json(o: object): { text: string; offset: { start: number; length: number }; number?: { num: number; prefix: string; suffix: string; unit: string } }[] };
}
type Compromise = ((text: string) => CompromiseDoc) & { extend(plugin: unknown): Compromise };

const DURATION_CODES: Record<string, string> = { years: 'Y', months: 'M', weeks: 'W', days: 'D', hours: 'H', minutes: 'M' };

/** compromise-dates: dates (unit day/month/year/quarter, repeats as SET) and durations. */
export async function compromiseTimes(): Promise<TimeSystem> {
  const nlp = (await loadOptional<{ default: Compromise }>('compromise')).default;
  const plugin = (await loadOptional<{ default: unknown }>('compromise-dates')).default;
  const withDates = nlp.extend(plugin);
  return {
    name: 'compromise-dates',
    run(text, date) {
      const items: TimeItem[] = [];
      const doc = withDates(text);
      for (const d of doc.dates({ today: date ?? undefined, timezone: 'UTC' }).json({ offset: true })) {
        const start = d.dates?.start ?? '';
        const unit = d.dates?.unit ?? 'day';
        const span = trimmed(text, d.offset.start, d.offset.start + d.offset.length);
        if (d.dates?.repeat) items.push({ ...span, type: 'SET', value: `P1${(unit[0] ?? 'D').toUpperCase()}` });
        else if (unit === 'year') items.push({ ...span, type: 'DATE', value: start.slice(0, 4) });
        else if (unit === 'month') items.push({ ...span, type: 'DATE', value: start.slice(0, 7) });
        else if (unit === 'quarter') items.push({ ...span, type: 'DATE', value: `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}` });
        else if (unit === 'hour' || unit === 'minute') items.push({ ...span, type: 'TIME', value: start.slice(0, 16) });
        else items.push({ ...span, type: 'DATE', value: start.slice(0, 10) });
      }
      for (const d of doc.durations().json({ offset: true })) {
        const parts = Object.entries(d.duration ?? {}).filter(([, n]) => n > 0);
        const value = `P${parts.map(([k, n]) => `${n}${DURATION_CODES[k] ?? ''}`).join('')}`;
        items.push({ ...trimmed(text, d.offset.start, d.offset.start + d.offset.length), type: 'DURATION', value });
      }
      return items.sort((a, b) => a.start - b.start);
    },
  };
}

interface RecognizerResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution?: { values?: { timex?: string; type?: string; value?: string; start?: string }[]; value?: string; unit?: string };
}
interface Recognizers {
  Culture: { English: string };
  recognizeDateTime(text: string, culture: string, options?: unknown, ref?: Date): RecognizerResult[];
  recognizeNumber(text: string, culture: string): RecognizerResult[];
  recognizePercentage(text: string, culture: string): RecognizerResult[];
  recognizeCurrency(text: string, culture: string): RecognizerResult[];
  recognizeDimension(text: string, culture: string): RecognizerResult[];
  recognizeAge(text: string, culture: string): RecognizerResult[];
  recognizeTemperature(text: string, culture: string): RecognizerResult[];
}

async function loadRecognizers(): Promise<Recognizers> {
  const mod = await loadOptional<{ default?: Recognizers } & Recognizers>('@microsoft/recognizers-text-suite');
  return mod.default ?? mod;
}

const RECOGNIZER_TYPES: Record<string, string> = {
  date: 'DATE', daterange: 'DATE', time: 'TIME', timerange: 'TIME', datetime: 'TIME', datetimerange: 'TIME', duration: 'DURATION', set: 'SET',
};

const QUARTER_RANGE = /^\(XXXX-(01|04|07|10)-01,XXXX-\d{2}-01,P3M\)$/;

/**
 * The TIMEX value of a Recognizers-Text resolution. Its first (past) candidate is taken, and an
 * underspecified TIMEX ("XXXX-10", "XXXX-WXX-5") is replaced by the date it resolved, at the
 * TIMEX's granularity: the thin normalisation layer such a comparison deserves.
 */
function recognizerValue(r: RecognizerResult): string {
  const v = r.resolution?.values?.[0];
  const timex = v?.timex ?? '';
  if (!timex.includes('X')) return timex;
  if (v?.type === 'date' && v.value && /^\d{4}-\d{2}-\d{2}$/.test(v.value)) return v.value;
  if (/^XXXX-\d{2}$/.test(timex) && v?.start) return v.start.slice(0, 7);
  const quarter = QUARTER_RANGE.exec(timex);
  if (quarter && v?.start) return `${v.start.slice(0, 4)}-Q${(Number(quarter[1]) + 2) / 3}`;
  return timex;
}

/** Microsoft Recognizers-Text: datetimeV2 results with their TIMEX value (its end offset is inclusive). */
export async function recognizersTimes(): Promise<TimeSystem> {
  const R = await loadRecognizers();
  return {
    name: 'recognizers-text',
    run(text, date) {
      return R.recognizeDateTime(text, R.Culture.English, undefined, dateOf(date)).map((r) => {
        const value = recognizerValue(r);
        return {
          start: r.start,
          end: r.end + 1,
          type: value.endsWith('_REF') ? 'DATE' : (RECOGNIZER_TYPES[r.typeName.replace('datetimeV2.', '')] ?? 'DATE'),
          value,
        };
      });
    },
  };
}

const SCALES: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
const SYMBOLS: Record<string, string> = { $: 'dollar', '£': 'pound', '€': 'euro', '¥': 'yen' };

/** compromise numbers: value (with its m/bn/k suffix applied), currency prefix, % suffix and unit. */
export async function compromiseQuantities(): Promise<QuantitySystem> {
  const nlp = (await loadOptional<{ default: Compromise }>('compromise')).default;
  return {
    name: 'compromise',
    run(text) {
      return nlp(text)
        .numbers()
        .json({ offset: true })
        .flatMap((n): QuantityItem[] => {
          const num = n.number;
          if (!num || typeof num.num !== 'number') return [];
          const suffix = num.suffix.toLowerCase();
          const value = Object.hasOwn(SCALES, suffix) ? num.num * SCALES[suffix]! : num.num;
          const units = [num.unit, suffix === '%' ? 'percentage' : '', Object.hasOwn(SYMBOLS, num.prefix) ? SYMBOLS[num.prefix]! : ''].filter(Boolean);
          return [{ value, range: null, units, change: '=' }];
        });
    },
  };
}

/** Recognizers-Text numbers, with the unit of any currency, dimension, percentage, age or temperature result covering them. */
export async function recognizersQuantities(): Promise<QuantitySystem> {
  const R = await loadRecognizers();
  return {
    name: 'recognizers-text',
    run(text) {
      const withUnits = [
        ...R.recognizeCurrency(text, R.Culture.English),
        ...R.recognizeDimension(text, R.Culture.English),
        ...R.recognizeAge(text, R.Culture.English),
        ...R.recognizeTemperature(text, R.Culture.English),
        ...R.recognizePercentage(text, R.Culture.English).map((r) => ({ ...r, resolution: { ...r.resolution, unit: 'percentage' } })),
      ];
      const items: QuantityItem[] = [];
      const covered = new Set<RecognizerResult>();
      for (const u of withUnits) {
        const value = Number.parseFloat(u.resolution?.value ?? '');
        if (Number.isNaN(value)) continue;
        covered.add(u);
        items.push({ value, range: null, units: [u.resolution?.unit ?? ''].filter(Boolean), change: '=' });
      }
      for (const n of R.recognizeNumber(text, R.Culture.English)) {
        if ([...covered].some((u) => u.start <= n.end && n.start <= u.end)) continue;
        const value = Number.parseFloat(n.resolution?.value ?? '');
        if (!Number.isNaN(value)) items.push({ value, range: null, units: [], change: '=' });
      }
      return items;
    },
  };
}
