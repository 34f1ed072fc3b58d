import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { EntityDraft, Mention, Range, ResolvedSource, SourceDraft } from '../../pipeline/types.js';
import type { EntityKind } from '../../schema/index.js';
import { fold } from '../../text/phrase-set.js';
import { GENERIC_ORGANIZATION_NOUNS, PERSONAL_PRONOUNS, PRONOUNS, type PronounClass } from './lexicon/pronouns.js';

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);
/** How many recent mentions a role ("the spokeswoman") looks back through for its holder. */
const HOLDER_WINDOW = 400;
const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

/** Working state of one coreference pass. */
class EntityTable {
  readonly entities: EntityDraft[] = [];
  /** Entity mentions in text order of resolution, most recent last. */
  private readonly recent: { entity: EntityDraft; at: number; sentence: number }[] = [];
  private readonly byKey = new Map<string, EntityDraft>();
  /** People by folded full name, by folded surname (latest mentioned), and one-word names. */
  private readonly people = new Map<string, EntityDraft>();
  private readonly surnames = new Map<string, EntityDraft>();
  private readonly oneWordPeople = new Map<string, EntityDraft>();

  create(kind: EntityKind, name: string): EntityDraft {
    const e: EntityDraft = { id: String(this.entities.length), kind, name, mentions: [], roles: [], affiliations: [], gender: null };
    this.entities.push(e);
    this.byKey.set(`${kind}:${fold(name)}`, e);
    if (kind === 'person') this.indexPerson(e);
    return e;
  }

  byName(kind: EntityKind, name: string): EntityDraft | undefined {
    return this.byKey.get(`${kind}:${fold(name)}`);
  }

  /** Give a person the fuller name the text now uses ("Putin" → "Vladimir Putin"). */
  rename(e: EntityDraft, name: string): void {
    this.oneWordPeople.delete(fold(e.name));
    e.name = name;
    this.byKey.set(`${e.kind}:${fold(name)}`, e);
    this.indexPerson(e);
  }

  private indexPerson(e: EntityDraft): void {
    const w = words(fold(e.name));
    this.people.set(w.join(' '), e);
    if (w.length === 1) this.oneWordPeople.set(w[0]!, e);
    else this.surnames.set(last(w)!, e);
  }

  addMention(e: EntityDraft, range: Range, sentence: number): void {
    e.mentions.push({ start: range.start, end: range.end });
    this.recent.push({ entity: e, at: range.start, sentence });
    if (e.kind === 'person') {
      const w = words(fold(e.name));
      if (w.length > 1) this.surnames.set(last(w)!, e);
    }
  }

  describe(e: EntityDraft, roles: readonly string[], affiliations: readonly string[], gender: 'female' | 'male' | null): void {
    for (const r of roles) if (!e.roles.includes(r)) e.roles.push(r);
    for (const a of affiliations) if (!e.affiliations.includes(a)) e.affiliations.push(a);
    e.gender ??= gender;
  }

  /**
   * The person entity a name refers to: the same name, a surname of the latest person with it,
   * or a fuller form of a person named by one word so far.
   */
  personFor(name: string): EntityDraft | undefined {
    const w = words(fold(name));
    const exact = this.people.get(w.join(' '));
    if (exact) return exact;
    if (w.length === 1) return this.surnames.get(w[0]!);
    return this.oneWordPeople.get(last(w)!);
  }

  /** The most recent entity a pronoun can refer to, not further back than `minSentence`. */
  antecedent(cls: PronounClass, before: number, minSentence: number, wanted: (e: EntityDraft) => boolean): EntityDraft | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i]!;
      if (r.at >= before) continue;
      if (r.sentence < minSentence) break;
      const e = r.entity;
      if (!wanted(e)) continue;
      if (cls === 'female' && e.gender === 'male') continue;
      if (cls === 'male' && e.gender === 'female') continue;
      return e;
    }
    return undefined;
  }

  /** The most recent person holding a role ("the spokeswoman"), or organisation with a head word ("the ministry"). */
  /** The latest entity of a kind in the recent window. */
  latest(kind: 'person' | 'organization'): EntityDraft | undefined {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - HOLDER_WINDOW); i--) {
      const e = this.recent[i]!.entity;
      if (e.kind === kind) return e;
    }
    return undefined;
  }

  holderOf(word: string, kind: 'person' | 'organization'): EntityDraft | undefined {
    const w = fold(word);
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - HOLDER_WINDOW); i--) {
      const e = this.recent[i]!.entity;
      if (e.kind !== kind) continue;
      const names = kind === 'person' ? e.roles : [e.name];
      if (names.some((n) => fold(n).split(/\s+/).includes(w) || fold(n) === w)) return e;
    }
    return undefined;
  }
}

type Event =
  | { readonly at: number; readonly order: 0; readonly mention: Mention }
  | { readonly at: number; readonly order: 1; readonly attribution: number }
  | { readonly at: number; readonly order: 2; readonly pronoun: number };

/** The gender a role word gives ("spokeswoman" → female), for pronouns that take it up. */
function genderOfRole(role: string): 'female' | 'male' | null {
  const w = fold(role);
  if (/(?:woman|women|wife|mother|daughter|actress|queen|chairwoman|sister)\b/.test(w)) return 'female';
  if (/(?:(?:^|[^o])man|men|husband|father|son|king|brother)\b/.test(w)) return 'male';
  return null;
}

/** The kind of entity a source of this kind becomes. */
function entityKindOf(source: SourceDraft): EntityKind {
  switch (source.kind) {
    case 'organization':
      return 'organization';
    case 'document':
      return 'document';
    case 'group':
    case 'vague':
      return 'group';
    default:
      return 'person';
  }
}

/**
 * coreference: entities from mentions (surnames joined to full names), and every source resolved
 * to one: pronouns to the last fitting person or group, surnames to full names, roles ("the
 * spokeswoman", "the ministry") to their holder. Other personal pronouns ("his") join the last
 * fitting person of the same or previous sentence.
 */
export const coreferenceStage: Stage = {
  name: 'coreference',
  needs: ['mentions', 'attribution'],
  run(draft: DocumentDraft): void {
    const { tokens } = draft;
    const table = new EntityTable();
    const mentionEntities: (EntityDraft | null)[] = draft.mentions.map(() => null);
    const resolved: (ResolvedSource | null)[] = draft.attributions.map(() => null);
    const sentenceOf = new Int32Array(tokens.length);
    for (const s of draft.sentences) sentenceOf.fill(s.index, s.tokenStart, s.tokenEnd);

    const sourceMentions = new Set<number>();
    for (const a of draft.attributions) if (a.source?.mention != null) sourceMentions.add(a.source.mention);
    const events: Event[] = [];
    for (const m of draft.mentions) events.push({ at: m.start, order: 0, mention: m });
    const inSource = new Uint8Array(tokens.length);
    draft.attributions.forEach((a, i) => {
      if (!a.source || a.sourceInherited) return;
      inSource.fill(1, a.source.tokenStart, a.source.tokenEnd);
      events.push({ at: a.source.start, order: 1, attribution: i });
    });
    for (const t of tokens) {
      if (!inSource[t.index] && t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.norm)) events.push({ at: t.start, order: 2, pronoun: t.index });
    }
    events.sort((a, b) => a.at - b.at || a.order - b.order);

    for (const ev of events) {
      if ('mention' in ev) {
        mentionEntities[ev.mention.index] = addMention(table, ev.mention, sourceMentions.has(ev.mention.index));
      } else if ('attribution' in ev) {
        resolved[ev.attribution] = resolveSource(table, draft, ev.attribution, mentionEntities, sentenceOf);
      } else {
        const t = tokens[ev.pronoun]!;
        const cls = PRONOUNS[t.norm]!;
        const sentence = sentenceOf[t.index]!;
        const e = table.antecedent(cls, t.start, sentence - 1, (x) => x.kind === 'person');
        if (e) table.addMention(e, t, sentence);
      }
    }
    // Inherited sources resolve like the source they were inherited from.
    const bySource = new Map<SourceDraft, ResolvedSource | null>();
    draft.attributions.forEach((a, i) => {
      if (a.source && !a.sourceInherited) bySource.set(a.source, resolved[i]!);
    });
    draft.attributions.forEach((a, i) => {
      if (a.sourceInherited && a.source) resolved[i] = bySource.get(a.source) ?? null;
    });
    finalize(draft, table, mentionEntities, resolved);
  },
};

/** Put a name mention into its entity, creating the entity when it is new. */
function addMention(table: EntityTable, m: Mention, isSource: boolean): EntityDraft | null {
  const range = { start: m.start, end: m.end };
  let e: EntityDraft | undefined;
  switch (m.kind) {
    case 'person': {
      e = table.personFor(m.name);
      if (e && words(m.name).length > words(e.name).length) table.rename(e, m.name);
      e ??= table.create('person', m.name);
      break;
    }
    case 'unknown': {
      e = table.personFor(m.name);
      if (!e) {
        if (!isSource) return null;
        e = table.create('person', m.name);
      }
      break;
    }
    case 'title':
      e = m.roles.length > 0 ? table.holderOf(words(m.roles[0]!).at(-1)!, 'person') : undefined;
      if (!e) return null;
      break;
    default:
      e = table.byName(m.kind, m.name) ?? table.create(m.kind, m.name);
  }
  table.addMention(e, range, m.sentence);
  if (m.kind === 'person' || m.kind === 'unknown') table.describe(e, m.roles, m.affiliations, m.gender);
  return e;
}

/** Resolve the source of attribution `i` to an entity. */
function resolveSource(
  table: EntityTable,
  draft: DocumentDraft,
  i: number,
  mentionEntities: readonly (EntityDraft | null)[],
  sentenceOf: Int32Array,
): ResolvedSource | null {
  const a = draft.attributions[i]!;
  const s = a.source!;
  const range = { start: s.start, end: s.end };
  const sentence = sentenceOf[s.tokenStart]!;
  const out = (e: EntityDraft | null, kind: ResolvedSource['kind'], resolution: ResolvedSource['resolution']): ResolvedSource => ({
    entityId: e?.id ?? null,
    name: e?.name ?? s.name,
    kind,
    role: s.role ?? e?.roles[0] ?? null,
    affiliation: s.affiliation ?? e?.affiliations[0] ?? null,
    resolution,
  });
  if (s.kind === 'pronoun') {
    const cls = PRONOUNS[fold(s.name)];
    if (!cls) return out(null, 'vague', 'none');
    const wantPerson = cls === 'female' || cls === 'male';
    const e = table.antecedent(cls, s.start, sentence - 4, (x) =>
      wantPerson ? x.kind === 'person' : cls === 'plural' ? x.kind === 'group' || x.kind === 'organization' : x.kind === 'organization' || x.kind === 'document',
    );
    if (!e) return out(null, wantPerson ? 'person' : 'vague', 'none');
    table.addMention(e, range, sentence);
    const kind = e.kind === 'organization' ? 'organization' : e.kind === 'document' ? 'document' : e.kind === 'group' ? 'group' : 'person';
    return out(e, kind, 'pronoun');
  }
  if (s.mention !== null) {
    const e = mentionEntities[s.mention];
    if (e) {
      const m = draft.mentions[s.mention]!;
      const resolution = m.kind === 'title' ? 'role' : fold(m.name) === fold(e.name) ? 'name' : 'surname';
      return out(e, e.kind === 'organization' ? 'organization' : s.kind === 'organization' ? 'organization' : 'person', resolution);
    }
  }
  if (s.kind === 'person' && s.role) {
    const e = table.holderOf(s.role, 'person');
    if (e) {
      table.addMention(e, range, sentence);
      return out(e, 'person', 'role');
    }
    // "A police spokeswoman said ... She said": someone known only by role, whom a pronoun can take up.
    const known = table.create('person', s.name);
    table.describe(known, [s.role], s.affiliation ? [s.affiliation] : [], genderOfRole(s.role));
    table.addMention(known, range, sentence);
    return out(known, 'person', 'name');
  }
  if ((s.kind === 'organization' || s.kind === 'group') && s.mention === null) {
    const head = last(words(s.name)) ?? s.name;
    // "The group", "the company": the latest organisation, whatever its name.
    const generic = /^the\s/i.test(s.name) && GENERIC_ORGANIZATION_NOUNS.has(fold(head));
    const e = table.holderOf(head, 'organization') ?? (generic ? table.latest('organization') : undefined);
    if (e) {
      table.addMention(e, range, sentence);
      return out(e, 'organization', 'role');
    }
  }
  if (s.kind === 'relative') return out(null, 'vague', 'none');
  const kind = entityKindOf(s);
  const e = table.byName(kind, s.name) ?? table.create(kind, s.name);
  table.addMention(e, range, sentence);
  return out(e, s.kind as ResolvedSource['kind'], 'name');
}

/** Order entities by first mention, give them ids, and store the results on the draft. */
function finalize(
  draft: DocumentDraft,
  table: EntityTable,
  mentionEntities: readonly (EntityDraft | null)[],
  resolved: readonly (ResolvedSource | null)[],
): void {
  const kept = table.entities.filter((e) => e.mentions.length > 0);
  for (const e of kept) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const idOf = new Map<string, string>();
  kept.forEach((e, i) => idOf.set(e.id, `e${i + 1}`));
  draft.entities = kept.map((e) => ({ ...e, id: idOf.get(e.id)! }));
  draft.mentionEntities = mentionEntities.map((e) => (e ? (idOf.get(e.id) ?? null) : null));
  draft.resolvedSources = resolved.map((r) => (r && r.entityId !== null ? { ...r, entityId: idOf.get(r.entityId) ?? null } : r));
}
