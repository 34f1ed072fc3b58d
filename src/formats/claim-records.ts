import type { ClaimRecord, Document } from '../schema/index.js';
import { SCHEMA_VERSION } from '../schema/index.js';

/**
 * Flatten a document's claims into self-describing records, one per line of claims.jsonl:
 * source, cue and content as strings, quantities and times inlined.
 */
export function toClaimRecords(doc: Document): ClaimRecord[] {
  const quantities = new Map(doc.quantities.map((q) => [q.id, q]));
  const times = new Map(doc.times.map((t) => [t.id, t]));
  return doc.claims.map((c): ClaimRecord => ({
    schemaVersion: SCHEMA_VERSION,
    docId: doc.id,
    docPath: doc.source.path,
    docTitle: doc.title,
    referenceDate: doc.referenceDate.value,
    claimId: c.id,
    kind: c.kind,
    sourceName: c.source?.name ?? null,
    sourceKind: c.source?.kind ?? null,
    sourceRole: c.source?.role ?? null,
    sourceAffiliation: c.source?.affiliation ?? null,
    sourceMention: c.source?.mention?.text ?? null,
    sourceResolution: c.source?.resolution ?? null,
    sourceEntityId: c.source?.entityId ?? null,
    cue: c.cue?.text ?? null,
    cueLemma: c.cue?.lemma ?? null,
    content: c.content.fragments.map((f) => f.text).join(' … '),
    contentStart: c.content.start,
    contentEnd: c.content.end,
    statementTime: c.statementTime ? (times.get(c.statementTime)?.value ?? null) : null,
    citedSources: c.citedSources.map((s) => s.name),
    quantities: c.quantityIds.flatMap((id) => {
      const q = quantities.get(id);
      if (!q) return [];
      return [{
        id: q.id,
        text: q.span.text,
        start: q.span.start,
        end: q.span.end,
        value: q.value,
        low: q.range?.low ?? null,
        high: q.range?.high ?? null,
        bound: q.bound,
        approximate: q.approximate,
        unit: q.unit,
        kind: q.kind,
        rate: q.rate,
        per: q.per,
        trend: q.trend,
        trendOf: q.trendOf,
        from: q.from,
      }];
    }),
    times: c.timeIds.flatMap((id) => {
      const t = times.get(id);
      if (!t) return [];
      return [{
        id: t.id,
        text: t.span.text,
        start: t.span.start,
        end: t.span.end,
        type: t.type,
        value: t.value,
        mod: t.mod,
        intervalStart: t.interval?.start ?? null,
        intervalEnd: t.interval?.end ?? null,
      }];
    }),
    hedges: c.hedges.map((h) => h.kind),
    negated: c.negated,
    sentenceIndex: c.sentenceIndex,
    confidence: c.confidence,
  }));
}
