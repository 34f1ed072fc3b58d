import { z } from 'zod';
import { SpanSchema } from './span.js';

/** How the stated number relates to the true one (CQE's "change" vocabulary, extended). */
export const BoundSchema = z
  .enum(['=', '~', '>', '>=', '<', '<='])
  .describe('= exact; ~ approximate ("about"); > more than; >= at least; < fewer than; <= up to / at most.');

/** A number in the text with its meaning: value or range, bound, unit, kind, rate and trend. */
export const QuantitySchema = z
  .object({
    id: z.string().describe('Identifier unique within the document, e.g. "q2".'),
    span: SpanSchema.describe('The whole quantity expression, from bound word to unit, e.g. "more than 230,000 criminal cases".'),
    value: z
      .number()
      .nullable()
      .describe('The number, scaled ("£15.8m" → 15800000); null for a range or a vague amount.'),
    range: z
      .object({
        low: z.number().describe('Lower end of the range.'),
        high: z.number().describe('Upper end of the range.'),
      })
      .nullable()
      .describe('Both ends when the text gives a range ("15,000 to 18,000"), else null.'),
    bound: BoundSchema,
    approximate: z
      .boolean()
      .describe('True when the text marks the number as approximate ("an estimated", "about", "nearly").'),
    unit: z
      .string()
      .nullable()
      .describe('ISO 4217 code for money, "%" for percentages, "percentage points", a measurement unit, or the counted noun ("soldiers", "criminal cases"); null if none.'),
    kind: z
      .enum(['count', 'money', 'percent', 'measure', 'ordinal', 'other'])
      .describe('count (of a noun), money, percent, measure (with a physical or time unit), ordinal, or other.'),
    rate: z
      .string()
      .nullable()
      .describe('TIMEX3 duration of the rate period ("each month" → "P1M"), or null when the quantity is not a rate.'),
    trend: z
      .enum(['up', 'down'])
      .nullable()
      .describe('up or down when the text says the number rose or fell ("climbed to", "fell by"), else null.'),
  })
  .meta({ id: 'Quantity', description: 'A number with its meaning.' });

/** A number with its meaning. */
export type Quantity = z.infer<typeof QuantitySchema>;
/** CQE-style bound of a quantity. */
export type Bound = z.infer<typeof BoundSchema>;
