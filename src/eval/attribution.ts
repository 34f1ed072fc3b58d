import { addCounts, counts, matchOneToOne, overlap, prf, type Counts, type Extent, type Prf } from './metrics.js';
import { firstStartingAtOrAfter } from '../text/sorted-ranges.js';

/** One attribution, gold or predicted, as spans. Content is a list: its fragments, or the whole. */
export interface AttributionItem {
  readonly source: Extent | null;
  readonly cue: Extent | null;
  readonly content: readonly Extent[];
  /** Whether the cue is a verb of saying or "according to" (the speech-cue subset). */
  readonly speech: boolean;
  /** For predictions: the resolved source name, to compare with the mention as written. */
  readonly resolvedName?: string | null;
}

/** One document to score: its text, gold and predicted attributions. */
export interface AttributionCase {
  readonly text: string;
  readonly gold: readonly AttributionItem[];
  readonly predicted: readonly AttributionItem[];
}

/** P/R/F1 of one role under the three matchings. */
export interface RoleScores {
  /** Spans identical to the character. */
  readonly exact: Prf;
  /** Token-level: shared tokens over all predicted and all gold tokens (as BBC Citron reports). */
  readonly token: Prf;
  /** One-to-one matches that cover at least 30% of the gold span (as the Gender Gap Tracker reports). */
  readonly overlap: Prf;
}

/** Scores of one set of attributions. */
export interface AttributionScores {
  readonly source: RoleScores;
  readonly cue: RoleScores;
  readonly content: RoleScores;
}

/** The attribution evaluation: all attributions, the speech-cue subset, and counts. */
export interface AttributionResult extends AttributionScores {
  readonly speech: AttributionScores;
  readonly docs: number;
  readonly gold: number;
  readonly predicted: number;
  /** Of the predicted sources matched to a gold source (30% overlap), how many we name differently from the mention as written. */
  readonly resolvedNames: { readonly matched: number; readonly differ: number };
}

type Role = 'source' | 'cue' | 'content';
const ROLES: readonly Role[] = ['source', 'cue', 'content'];
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const MIN_OVERLAP = 0.3;

/** The spans of one role in a list of attributions. */
function spansOf(items: readonly AttributionItem[], role: Role): Extent[] {
  if (role === 'content') return items.flatMap((a) => a.content);
  return items.flatMap((a) => (a[role] ? [a[role]!] : []));
}

/** Token positions of a text: [start, end) pairs. */
function tokenSpans(text: string): Extent[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Which tokens the spans touch (a token counts when it lies inside a span). */
function coveredTokens(tokens: readonly Extent[], spans: readonly Extent[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const s of spans) {
    for (let i = firstStartingAtOrAfter(tokens, s.start); i < tokens.length && tokens[i]!.start < s.end; i++) if (tokens[i]!.end <= s.end) marks[i] = 1;
  }
  return marks;
}

function scoreSets(cases: readonly { tokens: Extent[]; gold: readonly AttributionItem[]; predicted: readonly AttributionItem[] }[]): AttributionScores {
  const out = {} as Record<Role, RoleScores>;
  for (const role of ROLES) {
    const exact = counts();
    const token = counts();
    const loose = counts();
    for (const c of cases) {
      const g = spansOf(c.gold, role);
      const p = spansOf(c.predicted, role);
      const exactPairs = matchOneToOne(g, p, () => false);
      addCounts(exact, { tp: exactPairs.length, predicted: p.length, gold: g.length });
      const loosePairs = matchOneToOne(g, p, (a, b) => overlap(a, b) >= MIN_OVERLAP * (a.end - a.start));
      addCounts(loose, { tp: loosePairs.length, predicted: p.length, gold: g.length });
      const gt = coveredTokens(c.tokens, g);
      const pt = coveredTokens(c.tokens, p);
      const t: Counts = counts();
      for (let i = 0; i < gt.length; i++) {
        t.gold += gt[i]!;
        t.predicted += pt[i]!;
        t.tp += gt[i]! & pt[i]!;
      }
      addCounts(token, t);
    }
    out[role] = { exact: prf(exact), token: prf(token), overlap: prf(loose) };
  }
  return out;
}

/**
 * Score attribution spans per role (source, cue, content) under exact, token and 30%-overlap
 * matching, on all attributions and on the speech-cue subset. Content is scored on fragments.
 */
export function scoreAttribution(cases: readonly AttributionCase[]): AttributionResult {
  const prepared = cases.map((c) => ({ tokens: tokenSpans(c.text), gold: c.gold, predicted: c.predicted, text: c.text }));
  const all = scoreSets(prepared);
  const speech = scoreSets(prepared.map((c) => ({ ...c, gold: c.gold.filter((a) => a.speech), predicted: c.predicted.filter((a) => a.speech) })));
  let matched = 0;
  let differ = 0;
  for (const c of prepared) {
    const g = c.gold.filter((a) => a.source);
    const p = c.predicted.filter((a) => a.source);
    for (const pair of matchOneToOne(g.map((a) => a.source!), p.map((a) => a.source!), (a, b) => overlap(a, b) >= MIN_OVERLAP * (a.end - a.start))) {
      matched++;
      const item = p[pair.predicted]!;
      const written = c.text.slice(item.source!.start, item.source!.end);
      if (item.resolvedName != null && item.resolvedName !== written) differ++;
    }
  }
  return {
    ...all,
    speech,
    docs: cases.length,
    gold: cases.reduce((n, c) => n + c.gold.length, 0),
    predicted: cases.reduce((n, c) => n + c.predicted.length, 0),
    resolvedNames: { matched, differ },
  };
}
