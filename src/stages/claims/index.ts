import { spanOf, type DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Attribution, CitedDraft, QuantityAnnotation, Range, StatementContext, TimeAnnotation } from '../../pipeline/types.js';
import type { CitedSource, Claim, ClaimSource } from '../../schema/index.js';
import { findHedges } from './hedges.js';
import { itemsInside, tokensInside } from './token-ranges.js';
import { isSpecificTime, unattributedContent } from './unattributed.js';

/** A claim before its id is assigned, with its position for ordering. */
type ClaimDraft = Omit<Claim, 'id'> & { readonly at: number };

/** What a speaker's statement context carries to their next claims. */
interface Carried {
  readonly entityId: string;
  readonly timeId: string | null;
  readonly cited: readonly CitedDraft[];
}

const AUTHOR: ClaimSource = { mention: null, phrase: null, entityId: null, name: null, kind: 'author', role: null, affiliation: null, resolution: 'none' };

/**
 * claims: one claim per attribution, with its resolved source, the quantities and times inside
 * its content, hedges and negation; the statement time and cited sources of a speaker carried
 * to their following claims; and unattributed claims for sentences the article asserts itself
 * that carry a number, a specific time or a "reportedly".
 */
export const claimsStage: Stage = {
  name: 'claims',
  needs: ['attribution', 'coreference', 'quantities', 'times'],
  run(draft: DocumentDraft): void {
    const { tokens } = draft;
    const lex = draft.lexicons.claims;
    const layers = bySentence(draft);
    const entityOfMention = (m: number | null): string | null => (m === null ? null : (draft.mentionEntities[m] ?? null));
    const citedOut = (c: readonly CitedDraft[]): CitedSource[] =>
      c.map((x) => ({ name: x.name, span: spanOf(draft, x), entityId: entityOfMention(x.mention) }));

    // Statement contexts and attributions in text order, so contexts carry forward.
    const contextsBySentence = new Map<number, StatementContext[]>();
    for (const c of draft.statementContexts) contextsBySentence.set(c.sentence, [...(contextsBySentence.get(c.sentence) ?? []), c]);
    const drafts: ClaimDraft[] = [];
    let carried: Carried | null = null;
    let lastContextSentence = -1;
    const applyContexts = (upTo: number): void => {
      for (let s = lastContextSentence + 1; s <= upTo; s++) {
        for (const c of contextsBySentence.get(s) ?? []) {
          const entityId = entityOfMention(c.source.mention);
          if (entityId) carried = { entityId, timeId: c.timeId, cited: c.cited };
        }
      }
      lastContextSentence = Math.max(lastContextSentence, upTo);
    };

    draft.attributions.forEach((a: Attribution, i) => {
      applyContexts(a.sentence);
      const resolved = draft.resolvedSources[i] ?? null;
      let statementTime = a.statementTime;
      let cited = a.cited;
      const entityId = resolved?.entityId ?? null;
      const current = carried as Carried | null;
      if (entityId && current && current.entityId === entityId) {
        statementTime ??= current.timeId;
        if (cited.length === 0) cited = current.cited;
      }
      if (entityId) carried = { entityId, timeId: statementTime, cited };
      else carried = null;

      const source: ClaimSource | null = a.source
        ? {
            mention: a.sourceInherited ? null : spanOf(draft, a.source),
            phrase: a.sourceInherited ? null : spanOf(draft, a.source.phrase ?? a.source),
            entityId,
            name: resolved?.name ?? a.source.name,
            kind: resolved?.kind ?? (a.source.kind === 'pronoun' || a.source.kind === 'relative' ? 'vague' : a.source.kind),
            role: resolved?.role ?? a.source.role,
            affiliation: resolved?.affiliation ?? a.source.affiliation,
            resolution: resolved?.resolution ?? 'none',
          }
        : null;
      drafts.push(assemble(draft, layers, a.kind, a.fragments, a.cue ? { ...spanOf(draft, a.cue), lemma: a.cue.lemma } : null, source, {
        cited: citedOut(cited),
        statementTime,
        negated: a.negated,
        sentence: a.sentence,
        confidence: a.confidence,
        at: Math.min(a.cue?.start ?? Infinity, a.fragments[0]!.start, a.source?.start ?? Infinity),
        between: a.source && a.cue && !a.sourceInherited && a.source.end <= a.cue.start ? { start: a.source.end, end: a.cue.end } : null,
      }));
    });

    // Sentences no attribution or statement touches may still assert something checkable.
    const touched = new Uint8Array(draft.sentences.length);
    for (const a of draft.attributions) {
      touched[a.sentence] = 1;
      for (const f of a.fragments) {
        const { first, last } = layers.sentencesOf(f);
        touched.fill(1, first, last + 1);
      }
    }
    for (const c of draft.statementContexts) touched[c.sentence] = 1;
    for (const sentence of draft.sentences) {
      if (touched[sentence.index]) continue;
      const quantities = layers.quantities[sentence.index]!;
      const times = layers.times[sentence.index]!.filter(isSpecificTime);
      const reported = findHedges(tokens, [sentence], lex, layers.inTime).some((h) => h.kind === 'reported');
      if (quantities.length === 0 && times.length === 0 && !reported) continue;
      const content = unattributedContent(tokens, sentence, quantities, times, lex);
      if (!content) continue;
      drafts.push(assemble(draft, layers, 'unattributed', [content], null, AUTHOR, {
        cited: [],
        statementTime: null,
        negated: false,
        sentence: sentence.index,
        confidence: 0.5,
        at: content.start,
      }));
    }

    drafts.sort((a, b) => a.at - b.at || a.content.start - b.content.start);
    draft.claims = drafts.map(({ at: _at, ...c }, i) => ({ id: `c${i + 1}`, ...c }));
  },
};

/** Quantities and times grouped by sentence, and the sentences a range covers. */
interface SentenceLayers {
  /** 1 where a token is part of a time expression. */
  readonly inTime: Uint8Array;
  readonly quantities: readonly QuantityAnnotation[][];
  readonly times: readonly TimeAnnotation[][];
  readonly sentencesOf: (range: Range) => { first: number; last: number };
}

function bySentence(draft: DocumentDraft): SentenceLayers {
  const quantities: QuantityAnnotation[][] = draft.sentences.map(() => []);
  const times: TimeAnnotation[][] = draft.sentences.map(() => []);
  for (const q of draft.quantities) quantities[q.sentence]!.push(q);
  for (const t of draft.times) times[t.sentence]!.push(t);
  const sentenceOf = new Int32Array(draft.tokens.length);
  for (const s of draft.sentences) sentenceOf.fill(s.index, s.tokenStart, s.tokenEnd);
  const inTime = new Uint8Array(draft.tokens.length);
  for (const t of draft.times) inTime.fill(1, t.tokenStart, t.tokenEnd);
  return {
    inTime,
    quantities,
    times,
    sentencesOf(range: Range) {
      const { from, to } = tokensInside(draft.tokens, range);
      if (to <= from) return { first: 0, last: -1 };
      return { first: sentenceOf[from]!, last: sentenceOf[to - 1]! };
    },
  };
}

/** Build a claim from its parts: content, hedges, and the quantities and times inside it. */
function assemble(
  draft: DocumentDraft,
  layers: SentenceLayers,
  kind: Claim['kind'],
  fragments: readonly Range[],
  cue: Claim['cue'],
  source: ClaimSource | null,
  extra: {
    cited: CitedSource[];
    statementTime: string | null;
    negated: boolean;
    sentence: number;
    confidence: number;
    at: number;
    /** Words between source and cue, where hedges such as "reportedly" stand. */
    between?: Range | null;
  },
): ClaimDraft {
  const first = fragments[0]!;
  const lastFragment = fragments[fragments.length - 1]!;
  const hedgeRanges = extra.between ? [...fragments, extra.between] : fragments;
  const hedges = findHedges(draft.tokens, hedgeRanges, draft.lexicons.claims, layers.inTime)
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ span: spanOf(draft, h), kind: h.kind }));
  const quantityIds: string[] = [];
  const timeIds: string[] = [];
  for (const f of fragments) {
    for (const q of itemsInside(draft.quantities, f)) quantityIds.push(q.id);
    for (const t of itemsInside(draft.times, f)) if (t.id !== extra.statementTime) timeIds.push(t.id);
  }
  return {
    kind,
    content: { ...spanOf(draft, { start: first.start, end: lastFragment.end }), fragments: fragments.map((f) => spanOf(draft, f)) },
    cue,
    source,
    citedSources: extra.cited,
    statementTime: extra.statementTime,
    quantityIds: [...new Set(quantityIds)],
    timeIds: [...new Set(timeIds)],
    hedges,
    negated: extra.negated,
    sentenceIndex: extra.sentence,
    confidence: extra.confidence,
    at: extra.at,
  };
}
