import type { Document } from '../schema/index.js';

/** One hand-written attribution: the nth occurrence of a cue, and who is behind it. */
export interface ResolutionGold {
  readonly cue: string;
  /** Which occurrence of the cue text in the article (1 = first). */
  readonly occurrence: number;
  readonly name: string;
  readonly role: string | null;
  readonly affiliation: string | null;
}

/** Accuracy of resolved name, role and affiliation, with the misses for inspection. */
export interface ResolutionResult {
  readonly attributions: number;
  /** Gold attributions for which claimkit gave a claim with that cue. */
  readonly found: number;
  readonly nameAccuracy: number;
  readonly roleAccuracy: number;
  readonly affiliationAccuracy: number;
  readonly misses: readonly { readonly id: string; readonly cue: string; readonly expected: string; readonly got: string | null }[];
}

const fold = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/’/g, "'").trim();

/** Start offset of the nth occurrence of `cue` in `text`, or -1. */
function nthOccurrence(text: string, cue: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(cue, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Score how claimkit resolves sources: for each gold attribution, the claim whose cue starts at
 * that occurrence of the cue text; its resolved name, role and affiliation compared without case
 * and without a leading article. A missing claim counts as wrong on all three.
 */
export function scoreResolution(cases: readonly { id: string; doc: Document; gold: readonly ResolutionGold[] }[]): ResolutionResult {
  let total = 0;
  let found = 0;
  let names = 0;
  let roles = 0;
  let affiliations = 0;
  const misses: ResolutionResult['misses'][number][] = [];
  for (const c of cases) {
    for (const g of c.gold) {
      total++;
      const at = nthOccurrence(c.doc.text, g.cue, g.occurrence);
      const claim = c.doc.claims.find((x) => x.cue !== null && x.cue.start === at);
      const source = claim?.source ?? null;
      if (claim) found++;
      if (source && fold(source.name) === fold(g.name)) names++;
      else misses.push({ id: c.id, cue: `${g.cue}#${g.occurrence}`, expected: g.name, got: source?.name ?? null });
      if (source && fold(source.role) === fold(g.role)) roles++;
      if (source && fold(source.affiliation) === fold(g.affiliation)) affiliations++;
    }
  }
  const ratio = (n: number): number => (total === 0 ? 0 : n / total);
  return { attributions: total, found, nameAccuracy: ratio(names), roleAccuracy: ratio(roles), affiliationAccuracy: ratio(affiliations), misses };
}
