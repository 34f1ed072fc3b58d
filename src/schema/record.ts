import { z } from 'zod';
import { BoundSchema } from './quantity.js';
import { ClaimKindSchema, ResolutionSchema, SourceKindSchema } from './claim.js';
import { SCHEMA_VERSION } from './document.js';

/** A quantity inlined into a claim record. */
export const RecordQuantitySchema = z
  .object({
    id: z.string().describe('Quantity id within the document.'),
    text: z.string().describe('The quantity as written.'),
    start: z.number().int().nonnegative().describe('Start offset in the document text (UTF-16 code units).'),
    end: z.number().int().nonnegative().describe('End offset, exclusive.'),
    value: z.number().nullable().describe('The number, or null for a range or a vague amount.'),
    low: z.number().nullable().describe('Lower end of a range, else null.'),
    high: z.number().nullable().describe('Upper end of a range, else null.'),
    bound: BoundSchema,
    approximate: z.boolean().describe('True when marked as approximate.'),
    unit: z.string().nullable().describe('Unit, currency code, "%" or counted noun, or null.'),
    kind: z.enum(['count', 'money', 'percent', 'measure', 'ordinal', 'other']).describe('Kind of quantity.'),
    rate: z.string().nullable().describe('TIMEX3 duration of the rate period, or null.'),
    per: z.string().nullable().describe('What a price or ratio is per ("barrel"), or null.'),
    trend: z.enum(['up', 'down']).nullable().describe('Trend stated by the text, or null.'),
    trendOf: z.enum(['level', 'amount']).nullable().describe('Whether the number is the level reached or the size of the change, with a trend.'),
    from: z.number().nullable().describe('The value it moved from, or null.'),
  })
  .meta({ id: 'RecordQuantity', description: 'A quantity of the claim, inlined.' });

/** A time inlined into a claim record. */
export const RecordTimeSchema = z
  .object({
    id: z.string().describe('Time id within the document.'),
    text: z.string().describe('The expression as written.'),
    start: z.number().int().nonnegative().describe('Start offset in the document text (UTF-16 code units).'),
    end: z.number().int().nonnegative().describe('End offset, exclusive.'),
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']).describe('TIMEX3 type.'),
    value: z.string().describe('TIMEX3 value.'),
    mod: z.string().nullable().describe('TIMEX3 mod, or null.'),
    intervalStart: z.string().nullable().describe('Start of the period meant, or null.'),
    intervalEnd: z.string().nullable().describe('End of the period meant, or null.'),
  })
  .meta({ id: 'RecordTime', description: 'A time of the claim, inlined.' });

/** One line of claims.jsonl: a claim, flattened and self-describing. */
export const ClaimRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this output contract.'),
    docId: z.string().describe('Id of the document the claim comes from.'),
    docPath: z.string().nullable().describe('Input path of the document, relative to its root.'),
    docTitle: z.string().nullable().describe('Title of the document, or null.'),
    referenceDate: z.string().nullable().describe('Reference date used for the document, or null.'),
    claimId: z.string().describe('Claim id within the document.'),
    kind: ClaimKindSchema,
    sourceName: z.string().nullable().describe('Resolved source name, or null (author or no source).'),
    sourceKind: SourceKindSchema.nullable().describe('Kind of source, or null when the claim has no source.'),
    sourceRole: z.string().nullable().describe('Role or title of the source, or null.'),
    sourceAffiliation: z.string().nullable().describe('Organisation or country of the source, or null.'),
    sourceMention: z.string().nullable().describe('The source as written at the claim ("She"), or null.'),
    sourceResolution: ResolutionSchema.nullable().describe('How the mention was resolved, or null when there is no source.'),
    sourceEntityId: z.string().nullable().describe('Entity id of the source in the document, or null.'),
    cue: z.string().nullable().describe('The cue as written, or null.'),
    cueLemma: z.string().nullable().describe('Dictionary form of the cue, or null.'),
    content: z.string().describe('The claimed content: its fragments joined with " … " when split around the cue.'),
    contentStart: z.number().int().nonnegative().describe('Start offset of the content extent.'),
    contentEnd: z.number().int().nonnegative().describe('End offset of the content extent, exclusive.'),
    statementTime: z.string().nullable().describe('TIMEX3 value of when the claim was made, or null.'),
    citedSources: z.array(z.string()).describe('Names of the sources the speaker cites.'),
    quantities: z.array(RecordQuantitySchema).describe('Quantities inside the content.'),
    times: z.array(RecordTimeSchema).describe('Times inside the content.'),
    hedges: z.array(z.string()).describe('Kinds of the hedges on the claim, in text order.'),
    negated: z.boolean().describe('True when the source is said not to claim it.'),
    sentenceIndex: z.number().int().nonnegative().describe('0-based sentence index of the claim in its document.'),
    confidence: z.number().min(0).max(1).describe('Extractor confidence, 0..1.'),
  })
  .meta({ id: 'ClaimRecord', description: 'One line of claims.jsonl: a claim, flattened.' });

/** One line of claims.jsonl. */
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;
