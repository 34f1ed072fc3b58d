import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A temporal expression normalised to TIMEX3 against the reference date. */
export const TimeSchema = z
  .object({
    id: z.string().describe('Identifier unique within the document, e.g. "t1".'),
    span: SpanSchema.describe('The temporal expression as TimeML marks it, without signals such as "on" or "since".'),
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']).describe('TIMEX3 type.'),
    value: z
      .string()
      .describe('TIMEX3 value: "2025-11-09", "2025-10", "XXXX-11-09" when the year cannot be known, "P1Y", "PRESENT_REF", "2025-W45".'),
    mod: z
      .enum(['START', 'MID', 'END', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE'])
      .nullable()
      .describe('TIMEX3 mod, e.g. START for "the beginning of the year", or null.'),
    interval: z
      .object({
        start: z.string().nullable().describe('TIMEX3 value of the start, or null when open or unknown.'),
        end: z.string().nullable().describe('TIMEX3 value of the end, or null when open or unknown.'),
      })
      .nullable()
      .describe(
        'The period meant, when the text gives one: "since February 2022" → {start: "2022-02", end: reference date}; "between March and May", "from 2019 to 2021": both times carry {start, end}; "1990-2001" → {start: "1990", end: "2001"}.',
      ),
    anchor: z
      .enum(['reference', 'previous-time', 'none'])
      .describe('What the value was resolved against: the reference date, the last resolved time in the text, or nothing (explicit).'),
  })
  .meta({ id: 'Time', description: 'A temporal expression normalised to TIMEX3.' });

/** A temporal expression normalised to TIMEX3. */
export type Time = z.infer<typeof TimeSchema>;
