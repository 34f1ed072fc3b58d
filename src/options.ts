import { z } from 'zod';
import type { LexiconExtras } from './lexicons.js';
import type { CueVerbEntry } from './stages/attribution/lexicon/index.js';
import { isValidDay } from './stages/times/calendar-math.js';

/** A real calendar date written YYYY-MM-DD. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return isValidDay(y, m, d);
  }, 'not a calendar date');

const words = z.array(z.string().min(1)).optional();

const CueVerbSchema: z.ZodType<CueVerbEntry> = z.object({
  lemma: z.string().min(1),
  class: z.enum(['speech', 'belief', 'evidence', 'act']),
  content: z.enum(['clause', 'np', 'either']),
  recipient: z.boolean().optional(),
  forms: z.array(z.string().min(1)).optional(),
  particle: z.string().min(1).optional(),
  bare: z.boolean().optional(),
}) as z.ZodType<CueVerbEntry>;

/** Word lists to add to the built-in ones. */
export const LexiconExtrasSchema = z
  .object({
    abbreviations: words.describe('Abbreviations that never end a sentence, without their period.'),
    titles: words.describe('Titles written before names ("Chief Rabbi").'),
    roles: words.describe('Role nouns ("ombudsman").'),
    organizations: words.describe('Organisation names ("Die Welt").'),
    places: words.describe('Place names.'),
    femaleNames: words.describe('Women’s first names.'),
    maleNames: words.describe('Men’s first names.'),
    cues: z.array(CueVerbSchema).optional().describe('Reporting verbs.'),
  })
  .strict() satisfies z.ZodType<LexiconExtras>;

/** Options of {@link extract}. */
export const ExtractOptionsSchema = z
  .object({
    referenceDate: CalendarDateSchema.optional().describe('Date relative expressions are resolved against (origin "option").'),
    publishedAt: CalendarDateSchema.optional().describe('The article’s own date from its metadata (origin "metadata"), used when referenceDate is not given.'),
    id: z.string().min(1).optional().describe('Document id; defaults to a hash of the text.'),
    title: z.string().nullable().optional().describe('Title to record.'),
    url: z.string().nullable().optional().describe('URL to record.'),
    lexicon: LexiconExtrasSchema.optional().describe('Word lists to add to the built-in ones.'),
  })
  .strict();

/** Options of {@link extract}. */
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

/**
 * Parse options, throwing a TypeError that lists every problem.
 *
 * @param where Name of the call, for the message ("extract").
 */
export function parseOptions<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new TypeError(`claimkit: invalid options for ${where}:\n${z.prettifyError(result.error)}`);
  return result.data;
}
