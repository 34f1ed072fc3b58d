/**
 * The layers that stages add to a {@link DocumentDraft}. These are internal working shapes:
 * offsets are UTF-16 code units into the draft's text, token ranges are half-open.
 */
import type { Bound, ClaimKind, EntityKind, Hedge, SourceKind, Time } from '../schema/index.js';

/** A character range `[start, end)` of the draft text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A half-open range of token indices `[tokenStart, tokenEnd)`. */
export interface TokenRange {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** One token, as the tokenizer and tagger saw it. */
export interface Token extends Range {
  /** Position in `draft.tokens`. */
  readonly index: number;
  /** The token text, `text.slice(start, end)`. */
  readonly text: string;
  /** Lower-cased text, with curly apostrophes folded to `'`. */
  readonly norm: string;
  /** Universal POS tag from the tagger (NOUN, VERB, PROPN, ...). */
  readonly pos: string;
  /** Token type from the tokenizer: word, number, punctuation, ordinal, currency, ... */
  readonly type: string;
  /** True when whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** Number of line breaks between the previous token and this one. */
  readonly newlinesBefore: number;
  /** True when the first character is an upper-case letter. */
  readonly capitalized: boolean;
}

/** A paragraph: a block of text between line breaks. */
export interface Paragraph extends Range, TokenRange {
  readonly index: number;
}

/** A sentence. */
export interface Sentence extends Range, TokenRange {
  readonly index: number;
  readonly paragraph: number;
}

/** A quotation between paired quotation marks, possibly running over several paragraphs. */
export interface Quotation extends Range, TokenRange {
  readonly index: number;
  /** 0 for a top-level quotation, 1 for a quotation nested inside another. */
  readonly depth: number;
  /** Whether a closing mark was found (a quotation left open ends with its paragraph). */
  readonly closed: boolean;
  /** One range per paragraph the quotation covers, marks included. */
  readonly pieces: readonly Range[];
}

/** A name or description found by the mentions stage. */
export interface Mention extends Range, TokenRange {
  readonly index: number;
  /** What the mention names; `unknown` for a lone capitalised word the stage could not place. */
  readonly kind: EntityKind | 'title';
  /** The name without titles and possessive ending, e.g. "Vladimir Putin". */
  readonly name: string;
  /** Range of the name part only, e.g. "Vladimir Putin" inside "Russian President Vladimir Putin". */
  readonly nameRange: Range;
  /** Roles and titles written next to the name ("spokesperson", "President"). */
  readonly roles: readonly string[];
  /** Organisation or country written next to the name ("Russian Foreign Ministry", "Russian"). */
  readonly affiliations: readonly string[];
  /** True when followed by a possessive ’s. */
  readonly possessive: boolean;
  /** Grammatical gender from the first name, when known. */
  readonly gender: 'female' | 'male' | null;
  readonly sentence: number;
}

/** A time found by the times stage; `value` etc. follow the output schema. */
export interface TimeAnnotation extends Range, TokenRange {
  readonly id: string;
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly value: string;
  readonly mod: Time['mod'];
  readonly interval: { readonly start: string | null; readonly end: string | null } | null;
  readonly anchor: 'reference' | 'previous-time' | 'none';
  /** A signal word in front ("on", "since", "in") that the span leaves out, if any. */
  readonly signal: Range | null;
  readonly sentence: number;
}

/** A quantity found by the quantities stage; fields follow the output schema. */
export interface QuantityAnnotation extends Range, TokenRange {
  readonly id: string;
  readonly value: number | null;
  readonly range: { readonly low: number; readonly high: number } | null;
  readonly bound: Bound;
  readonly approximate: boolean;
  readonly unit: string | null;
  readonly kind: 'count' | 'money' | 'percent' | 'measure' | 'ordinal' | 'other';
  readonly rate: string | null;
  readonly per: string | null;
  readonly trend: 'up' | 'down' | null;
  readonly trendOf: 'level' | 'amount' | null;
  readonly from: number | null;
  readonly sentence: number;
}

/** The source of an attribution as written. */
export interface SourceDraft extends Range, TokenRange {
  /** Kind as far as the attribution stage can tell; pronouns are resolved later. */
  readonly kind: SourceKind | 'pronoun' | 'relative';
  /** The mention this source is, when the mentions stage found one. */
  readonly mention: number | null;
  /** Role and affiliation written around the source ("Die Welt’s correspondent"). */
  readonly role: string | null;
  readonly affiliation: string | null;
  /** Name as written, without determiners and possessive ending. */
  readonly name: string;
  /**
   * The whole phrase that names the source where the cue is, as PolNeAR and PARC mark it: with
   * determiners, roles and appositives ("Die Welt’s correspondent Christoph Vanner", "Hugh Hill,
   * a doctor,"), or the relative pronoun ("who"). Absent when it is the mention itself.
   */
  readonly phrase?: Range;
}

/** A source the speaker relies on, as written ("citing data from X" → X). */
export interface CitedDraft extends Range {
  readonly name: string;
  /** The mention it is, when the mentions stage found one. */
  readonly mention: number | null;
}

/** A reporting event found by the attribution rules: cue, source and content. */
export interface AttributionCore {
  readonly kind: Exclude<ClaimKind, 'unattributed'>;
  readonly cue: (Range & { readonly lemma: string }) | null;
  readonly source: SourceDraft | null;
  /** The content fragments in text order (at least one). */
  readonly fragments: readonly Range[];
  readonly sentence: number;
  readonly confidence: number;
  /** True when the cue is negated ("did not say"). */
  readonly negated: boolean;
}

/** A reporting event with what the attribution stage adds around it. */
export interface Attribution extends AttributionCore {
  /** True when the source is carried over from an earlier quotation by the same speaker. */
  readonly sourceInherited: boolean;
  /** Id of the time when it was said, from its own sentence. */
  readonly statementTime: string | null;
  /** Sources the speaker cites in the same sentence. */
  readonly cited: readonly CitedDraft[];
}

/** When and on what basis a source speaks, as set by a sentence ("in a statement on November 7th, citing data from X"). */
export interface StatementContext {
  readonly sentence: number;
  /** The source the context belongs to. */
  readonly source: SourceDraft;
  readonly timeId: string | null;
  readonly cited: readonly CitedDraft[];
}

/** An entity being built by the coreference stage. */
export interface EntityDraft {
  readonly id: string;
  readonly kind: EntityKind;
  name: string;
  readonly mentions: Range[];
  readonly roles: string[];
  readonly affiliations: string[];
  gender: 'female' | 'male' | null;
}

/** How an attribution's source was resolved by the coreference stage. */
export interface ResolvedSource {
  readonly entityId: string | null;
  readonly name: string | null;
  readonly kind: SourceKind;
  readonly role: string | null;
  readonly affiliation: string | null;
  readonly resolution: 'name' | 'pronoun' | 'surname' | 'role' | 'none';
}

/** A hedge found in a claim. */
export type HedgeDraft = Omit<Hedge, 'span'> & Range;
