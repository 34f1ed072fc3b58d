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
    per: z
      .string()
      .nullable()
      .describe('What a price or ratio is per, other than time: "barrel" in "$58.24 per barrel", "share" in "63 cents a share"; null if none.'),
    trend: z
      .enum(['up', 'down'])
      .nullable()
      .describe('up or down when the text says the number rose or fell ("climbed to", "fell by"), else null.'),
    trendOf: z
      .enum(['level', 'amount'])
      .nullable()
      .describe('With a trend: level when the number is the value reached ("rose to 180,000"), amount when it is the size of the change ("rose 5%", "fell by 3", "a 5% rise"); else null.'),
    from: z
      .number()
      .nullable()
      .describe('The value it moved from, when the text gives one ("rose from 240 to 273" → value 273, from 240), else null.'),
  })
  .meta({ id: 'Quantity', description: 'A number with its meaning.' });

/** A number with its meaning. */
export type Quantity = z.infer<typeof QuantitySchema>;
/** CQE-style bound of a quantity. */
export type Bound = z.infer<typeof BoundSchema>;
