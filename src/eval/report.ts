import type { ResolutionResult } from './resolution.js';
import type { AttributionResult, AttributionScores } from './attribution.js';
import type { Prf } from './metrics.js';
import type { QuantityResult } from './quantities.js';
import type { TimeResult } from './times.js';

const pct = (x: number): string => (x * 100).toFixed(1);
const prfCells = (s: Prf): string[] => [pct(s.p), pct(s.r), pct(s.f1)];

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function attributionRows(label: string, s: AttributionScores): string[][] {
  return (['source', 'cue', 'content'] as const).map((role) => [
    label,
    role,
    ...prfCells(s[role].exact),
    pct(s[role].token.f1),
    pct(s[role].overlap.f1),
  ]);
}

/** The attribution result as a table: P/R/F1 exact, F1 token, F1 overlap, per role. */
export function attributionTable(dataset: string, r: AttributionResult): string {
  const rows = [...attributionRows(`${dataset}, all`, r), ...attributionRows(`${dataset}, speech cues`, r.speech)];
  const note = `${r.docs} documents, ${r.gold} gold and ${r.predicted} predicted attributions; of ${r.resolvedNames.matched} matched sources, ${r.resolvedNames.differ} are named differently from the source as written (resolved).`;
  return `${table(['set', 'role', 'exact P', 'exact R', 'exact F1', 'token F1', 'overlap≥30% F1'], rows)}\n\n${note}`;
}

/** Time results as a table row. */
export function timeRow(dataset: string, system: string, r: TimeResult & { errors?: number }): string[] {
  return [dataset, system, ...prfCells(r.strict), pct(r.relaxed.f1), pct(r.value.f1), pct(r.typeAccuracy), `${r.gold}/${r.predicted}${r.errors ? ` (${r.errors} errors)` : ''}`];
}

/** Header of the time table. */
export const TIME_HEADER = ['dataset', 'system', 'strict P', 'strict R', 'strict F1', 'relaxed F1', 'value F1', 'type acc.', 'gold/predicted'];

/** Quantity results as a table row. */
export function quantityRow(dataset: string, system: string, r: QuantityResult & { errors?: number }): string[] {
  return [dataset, system, ...prfCells(r.value), pct(r.valueUnit.f1), pct(r.valueChange.f1), `${r.gold}/${r.predicted}${r.errors ? ` (${r.errors} errors)` : ''}`];
}

/** Header of the quantity table. */
export const QUANTITY_HEADER = ['dataset', 'system', 'value P', 'value R', 'value F1', 'value+unit F1', 'value+change F1', 'gold/predicted'];

/** Columns of the source-resolution table. */
export const RESOLUTION_HEADER = ['set', 'attributions', 'found', 'resolved name acc.', 'role acc.', 'affiliation acc.'];

/** One row of the source-resolution table. */
export function resolutionRow(name: string, r: ResolutionResult): string[] {
  const pct = (x: number): string => (100 * x).toFixed(1);
  return [name, String(r.attributions), String(r.found), pct(r.nameAccuracy), pct(r.roleAccuracy), pct(r.affiliationAccuracy)];
}
