import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extract.js';
import { inflect } from '../stages/attribution/lexicon/index.js';
import { scoreAttribution, type AttributionItem, type AttributionResult } from './attribution.js';
import { PolnearDocSchema, QuantSentenceSchema, readGold, ResolutionDocSchema, TimexDocSchema, type TimexDoc } from './gold.js';
import { scoreResolution, type ResolutionResult } from './resolution.js';
import { SPEECH_VERB_IRREGULAR, SPEECH_VERB_LEMMAS } from './lexicon/speech-verbs.js';
import { overlap } from './metrics.js';
import { univocal } from './polnear-conventions.js';
import { originalOffsets, toOriginal } from './offsets.js';
import { scoreQuantities, type QuantityItem, type QuantityResult } from './quantities.js';
import { compromiseQuantities, compromiseTimes, chronoTimes, recognizersQuantities, recognizersTimes } from './systems/alternatives.js';
import { attributionItems, claimkitQuantities, claimkitTimes } from './systems/claimkit.js';
import type { QuantitySystem, TimeSystem } from './systems/types.js';
import { scoreTimes, type TimeItem, type TimeResult } from './times.js';

/** The evaluation tasks. */
export type EvalTask = 'attribution' | 'resolution' | 'times' | 'quantities';

/** Time systems by name. */
export const TIME_SYSTEMS: Readonly<Record<string, () => Promise<TimeSystem>>> = {
  claimkit: async () => claimkitTimes,
  'chrono-node': chronoTimes,
  'compromise-dates': compromiseTimes,
  'recognizers-text': recognizersTimes,
};

/** Quantity systems by name. */
export const QUANTITY_SYSTEMS: Readonly<Record<string, () => Promise<QuantitySystem>>> = {
  claimkit: async () => claimkitQuantities,
  compromise: compromiseQuantities,
  'recognizers-text': recognizersQuantities,
};

const SPEECH_FORMS = new Set([...SPEECH_VERB_LEMMAS.flatMap(inflect), ...SPEECH_VERB_IRREGULAR]);

/** Whether a cue is a verb of saying or "according to" (the speech-cue subset). */
export function isSpeechCue(cue: string): boolean {
  const lower = cue.toLowerCase();
  if (lower.includes('according to')) return true;
  return (lower.match(/[a-z]+/g) ?? []).some((w) => SPEECH_FORMS.has(w));
}

/** A gold document's date, when it is a calendar date (YYYY-MM-DD). */
function documentDate(doc: TimexDoc): string | null {
  const d = (doc.dctValue ?? doc.dct ?? '').slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** Options of a task run. */
export interface RunOptions {
  /** Score only the first N gold records. */
  readonly limit?: number;
  /** Which system to score (default claimkit). */
  readonly system?: string;
}

/** Score claimkit's attributions against a PolNeAR JSONL file. */
export async function runAttribution(goldFile: string | readonly string[], options: RunOptions = {}): Promise<AttributionResult> {
  if ((options.system ?? 'claimkit') !== 'claimkit') {
    throw new Error(`claimkit eval: no alternative system for attribution (there is no JavaScript attribution extractor to compare with); use --system claimkit.`);
  }
  const docs = await readGold(goldFile, PolnearDocSchema, 'PolNeAR', options.limit);
  return scoreAttribution(
    docs.map((d) => {
      const gold: AttributionItem[] = d.attributions
        .filter((a) => a.content !== null || a.cue !== null)
        .map((a) => ({
          source: a.source ? { start: a.source.start, end: a.source.end } : null,
          cue: a.cue ? { start: a.cue.start, end: a.cue.end } : null,
          content: a.content ? (a.content.fragments?.length ? a.content.fragments : [a.content]).map((f) => ({ start: f.start, end: f.end })) : [],
          speech: a.cue !== null && isSpeechCue(a.cue.text),
        }));
      const map = originalOffsets(d.text);
      const predicted = univocal(
        attributionItems(extract(d.text), isSpeechCue).map((a) => ({
          ...a,
          source: a.source ? toOriginal(a.source, map) : null,
          cue: a.cue ? toOriginal(a.cue, map) : null,
          content: a.content.map((c) => toOriginal(c, map)),
        })),
      );
      return { text: d.text, gold, predicted };
    }),
  );
}

/** Score how claimkit resolves sources against hand-resolved articles (fixtures/resolution/resolution.jsonl). */
export async function runResolution(goldFile: string | readonly string[], options: RunOptions = {}): Promise<ResolutionResult> {
  const docs = await readGold(goldFile, ResolutionDocSchema, 'resolution', options.limit);
  return scoreResolution(docs.map((d) => ({ id: d.id, doc: extract(d.text, d.referenceDate ? { referenceDate: d.referenceDate } : {}), gold: d.attributions })));
}

/**
 * Score a time system against a TimeML JSONL file (TimeBank, AQUAINT, MEANTIME), with each
 * document's date as reference date. For MEANTIME only the annotated part (`annotatedEnd`) is
 * scored, and the dateline's creation time, with what overlaps it, is left out.
 */
export async function runTimes(goldFile: string | readonly string[], options: RunOptions = {}): Promise<TimeResult & { system: string; errors: number }> {
  const make = TIME_SYSTEMS[options.system ?? 'claimkit'];
  if (!make) throw new Error(`claimkit eval: unknown time system "${options.system}" (known: ${Object.keys(TIME_SYSTEMS).join(', ')})`);
  const system = await make();
  const docs = await readGold(goldFile, TimexDocSchema, 'TimeML', options.limit);
  let errors = 0;
  const cases = docs.map((d) => {
    const limit = d.annotatedEnd ?? d.text.length;
    const creation = d.timex.filter((t) => t.functionInDocument === 'CREATION_TIME');
    const gold = d.timex.filter((t) => t.functionInDocument !== 'CREATION_TIME' && t.end <= limit);
    let predicted: TimeItem[];
    try {
      const map = originalOffsets(d.text);
      predicted = system.run(d.text, documentDate(d)).map((p) => toOriginal(p, map));
    } catch {
      errors++;
      predicted = [];
    }
    predicted = predicted.filter((p) => p.end <= limit && !creation.some((c) => overlap(c, p) > 0));
    return { gold: gold.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value })), predicted };
  });
  return { ...scoreTimes(cases), system: system.name, errors };
}

/** Score a quantity system against a NewsQuant JSONL file. */
export async function runQuantities(goldFile: string | readonly string[], options: RunOptions = {}): Promise<QuantityResult & { system: string; errors: number }> {
  const make = QUANTITY_SYSTEMS[options.system ?? 'claimkit'];
  if (!make) throw new Error(`claimkit eval: unknown quantity system "${options.system}" (known: ${Object.keys(QUANTITY_SYSTEMS).join(', ')})`);
  const system = await make();
  const sentences = await readGold(goldFile, QuantSentenceSchema, 'NewsQuant', options.limit);
  let errors = 0;
  const cases = sentences.map((s) => {
    let predicted: QuantityItem[];
    try {
      predicted = system.run(s.text);
    } catch {
      errors++;
      predicted = [];
    }
    const gold = s.quantities.map((q) => ({
      value: q.valueRange ? null : q.value,
      range: q.valueRange,
      units: [q.unit ?? '', q.normalizedUnit ?? ''],
      change: q.change,
    }));
    return { gold, predicted };
  });
  return { ...scoreQuantities(cases), system: system.name, errors };
}

/** The gold files of every dev set, under a datasets folder laid out as ../shared/datasets. */
/** The project's hand-resolved attributions, next to the package's other fixtures. */
export const RESOLUTION_FIXTURES = fileURLToPath(new URL('../../fixtures/resolution/resolution.jsonl', import.meta.url));

export function devSets(datasets: string): { task: EvalTask; name: string; file: string | readonly string[]; systems: readonly string[] }[] {
  const at = (...p: string[]) => path.join(datasets, ...p);
  const times = Object.keys(TIME_SYSTEMS);
  return [
    { task: 'attribution', name: 'PolNeAR dev', file: at('polnear', 'jsonl', 'dev.jsonl'), systems: ['claimkit'] },
    { task: 'resolution', name: 'resolution fixtures', file: RESOLUTION_FIXTURES, systems: ['claimkit'] },
    { task: 'times', name: 'TimeBank', file: at('tbaq-cleaned', 'timebank.jsonl'), systems: times },
    { task: 'times', name: 'AQUAINT', file: at('tbaq-cleaned', 'aquaint.jsonl'), systems: times },
    { task: 'times', name: 'TimeBank+AQUAINT', file: [at('tbaq-cleaned', 'timebank.jsonl'), at('tbaq-cleaned', 'aquaint.jsonl')], systems: times },
    { task: 'times', name: 'MEANTIME', file: at('meantime-en', 'meantime-timex.jsonl'), systems: times },
    { task: 'quantities', name: 'NewsQuant dev', file: at('newsquant', 'newsquant-dev.jsonl'), systems: Object.keys(QUANTITY_SYSTEMS) },
  ];
}
