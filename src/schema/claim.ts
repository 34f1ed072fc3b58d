import { z } from 'zod';
import { SpanSchema } from './span.js';

/** How a claim is reported. */
export const ClaimKindSchema = z
  .enum(['direct', 'indirect', 'mixed', 'according-to', 'unattributed'])
  .describe('direct (in quotation marks), indirect (reported speech), mixed (reported speech with a quoted part), according-to, or unattributed (asserted by the article itself).');

/** What kind of source a claim has. */
export const SourceKindSchema = z
  .enum(['person', 'organization', 'group', 'document', 'vague', 'author'])
  .describe('person, organization, group ("critics"), document ("a report", "polls"), vague ("sources", "multiple sources"), or author (the article itself).');

/** How the source mention was tied to a name. */
export const ResolutionSchema = z
  .enum(['name', 'pronoun', 'surname', 'role', 'none'])
  .describe('name: the mention names it; pronoun / surname / role: resolved to an earlier named mention; none: left as written.');

/** Who or what a claim is attributed to. */
export const ClaimSourceSchema = z
  .object({
    mention: SpanSchema.nullable().describe('The source as written at this claim ("She", "Christoph Vanner"); null for the author.'),
    phrase: SpanSchema.nullable().describe(
      'The whole phrase that names the source at this claim, as attribution corpora (PolNeAR, PARC) mark it: with determiners, roles and appositives ("Die Welt’s correspondent Christoph Vanner", "Hugh Hill, a doctor,"), or the relative pronoun ("who"); null for the author.',
    ),
    entityId: z.string().nullable().describe('The entity it resolves to, or null.'),
    name: z.string().nullable().describe('Resolved name ("Maria Zakharova"); null for the author.'),
    kind: SourceKindSchema,
    role: z.string().nullable().describe('Role or title of the source, e.g. "spokesperson", or null.'),
    affiliation: z.string().nullable().describe('Organisation or country of the source as written, e.g. "Russian Foreign Ministry", or null.'),
    resolution: ResolutionSchema,
  })
  .meta({ id: 'ClaimSource', description: 'Who or what a claim is attributed to.' });

/** A source a speaker relies on: "citing data from X". */
export const CitedSourceSchema = z
  .object({
    name: z.string().describe('Name of the cited source as written, e.g. "Ukraine’s Prosecutor General’s Office".'),
    span: SpanSchema.describe('Where it is named.'),
    entityId: z.string().nullable().describe('The entity it resolves to, or null.'),
  })
  .meta({ id: 'CitedSource', description: 'A source the speaker relies on.' });

/** A word that weakens or qualifies a claim. */
export const HedgeSchema = z
  .object({
    span: SpanSchema,
    kind: z
      .enum(['estimate', 'reported', 'conditional', 'modal', 'uncertain'])
      .describe('estimate ("an estimated"), reported ("reportedly"), conditional ("if sustained"), modal ("could"), uncertain ("possibly").'),
  })
  .meta({ id: 'Hedge', description: 'A word or phrase that weakens a claim.' });

/** Content of a claim: its whole extent and the pieces that make it up. */
export const ContentSchema = SpanSchema.extend({
  fragments: z
    .array(SpanSchema)
    .min(1)
    .describe('The pieces of the content in text order; one when contiguous, several when split around the cue ("X," she said, "Y").'),
}).meta({ id: 'Content', description: 'What is claimed: the extent from first to last fragment, and the fragments.' });

/** The reporting verb or phrase, with its lemma. */
export const CueSchema = SpanSchema.extend({
  lemma: z.string().describe('Dictionary form of the cue, e.g. "claim" for "claimed", "according to".'),
}).meta({ id: 'Cue', description: 'The reporting verb or phrase.' });

/** One claim: who says what, how, when, with which numbers and times. */
export const ClaimSchema = z
  .object({
    id: z.string().describe('Identifier unique within the document, e.g. "c4", numbered in text order.'),
    kind: ClaimKindSchema,
    content: ContentSchema,
    cue: CueSchema.nullable().describe('The reporting verb or phrase, or null for unattributed claims.'),
    source: ClaimSourceSchema.nullable().describe('Who makes the claim; null when the text gives no source ("it was announced").'),
    citedSources: z.array(CitedSourceSchema).describe('Sources the speaker cites, also carried from the sentence that introduced them.'),
    statementTime: z.string().nullable().describe('Id of the time when the claim was made ("On November 9th, X reported"), or null.'),
    quantityIds: z.array(z.string()).describe('Ids of the quantities inside the content.'),
    timeIds: z.array(z.string()).describe('Ids of the times inside the content (the statement time excluded).'),
    hedges: z.array(HedgeSchema).describe('Hedges that qualify the claim.'),
    negated: z.boolean().describe('True when the source is said not to claim it ("did not say").'),
    sentenceIndex: z.number().int().nonnegative().describe('0-based index of the sentence holding the cue (or the content when there is no cue).'),
    confidence: z.number().min(0).max(1).describe('How sure the extractor is of this claim, 0..1.'),
  })
  .meta({ id: 'Claim', description: 'Who claims what, how, when, with which numbers.' });

/** One extracted claim. */
export type Claim = z.infer<typeof ClaimSchema>;
/** The source of a claim. */
export type ClaimSource = z.infer<typeof ClaimSourceSchema>;
/** The kind of a claim. */
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
/** The kind of a claim's source. */
export type SourceKind = z.infer<typeof SourceKindSchema>;
/** A hedge on a claim. */
export type Hedge = z.infer<typeof HedgeSchema>;
/** A source the speaker cites. */
export type CitedSource = z.infer<typeof CitedSourceSchema>;
