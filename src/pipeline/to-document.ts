import type { Document } from '../schema/index.js';
import { SCHEMA_VERSION } from '../schema/index.js';
import { NAME, VERSION } from '../version.js';
import { spanOf, type DocumentDraft } from './draft.js';

/** Turn a finished draft into the output document (schema v1), dropping working layers. */
export function toDocument(draft: DocumentDraft): Document {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: draft.article.id,
    source: draft.article.source,
    title: draft.article.title,
    url: draft.article.url,
    byline: draft.article.byline ?? null,
    siteName: draft.article.siteName ?? null,
    offsetUnit: 'utf16',
    referenceDate: draft.referenceDate,
    text: draft.text,
    entities: draft.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      mentions: e.mentions.map((m) => spanOf(draft, m)),
      roles: [...e.roles],
      affiliations: [...e.affiliations],
    })),
    quantities: draft.quantities.map((q) => ({
      id: q.id,
      span: spanOf(draft, q),
      value: q.value,
      range: q.range ? { low: q.range.low, high: q.range.high } : null,
      bound: q.bound,
      approximate: q.approximate,
      unit: q.unit,
      kind: q.kind,
      rate: q.rate,
      per: q.per,
      trend: q.trend,
      trendOf: q.trendOf,
      from: q.from,
    })),
    times: draft.times.map((t) => ({
      id: t.id,
      span: spanOf(draft, t),
      type: t.type,
      value: t.value,
      mod: t.mod,
      interval: t.interval ? { start: t.interval.start, end: t.interval.end } : null,
      anchor: t.anchor,
    })),
    claims: draft.claims,
    diagnostics: draft.diagnostics,
    generator: { name: NAME, version: VERSION },
  };
}
