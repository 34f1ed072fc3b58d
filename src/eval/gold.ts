import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** A gold file that cannot be read or has the wrong shape. */
export class GoldFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFileError';
  }
}

const GoldSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });

/** One PolNeAR article (jsonl/{train,dev}.jsonl). */
/** A project-written article with hand-resolved sources (fixtures/resolution). */
export const ResolutionDocSchema = z.object({
  id: z.string(),
  text: z.string(),
  referenceDate: z.string().optional(),
  attributions: z.array(
    z.object({
      cue: z.string().min(1),
      occurrence: z.number().int().min(1),
      name: z.string(),
      role: z.string().nullable(),
      affiliation: z.string().nullable(),
    }),
  ),
});

export const PolnearDocSchema = z.object({
  docId: z.string(),
  text: z.string(),
  attributions: z.array(
    z.object({
      id: z.string().optional(),
      source: GoldSpan.nullable(),
      cue: GoldSpan.nullable(),
      content: GoldSpan.extend({ fragments: z.array(GoldSpan).optional() }).nullable(),
    }),
  ),
});

/** One TimeML document (TimeBank, AQUAINT, MEANTIME JSONL). */
export const TimexDocSchema = z.object({
  docId: z.string(),
  text: z.string(),
  dct: z.string().nullable().optional(),
  dctValue: z.string().nullable().optional(),
  annotatedEnd: z.number().int().nonnegative().optional(),
  timex: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
      value: z.string(),
      functionInDocument: z.string().optional(),
    }),
  ),
});

/** One NewsQuant sentence with its quantities. */
export const QuantSentenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  quantities: z.array(
    z.object({
      value: z.number().nullable(),
      valueRange: z.tuple([z.number(), z.number()]).nullable(),
      unit: z.string().nullable(),
      normalizedUnit: z.string().nullable(),
      change: z.enum(['=', '~', '>', '<', 'up', 'down']),
    }),
  ),
});

/** A PolNeAR article. */
export type PolnearDoc = z.infer<typeof PolnearDocSchema>;
/** A TimeML document. */
export type TimexDoc = z.infer<typeof TimexDocSchema>;
/** A NewsQuant sentence. */
export type QuantSentence = z.infer<typeof QuantSentenceSchema>;

/**
 * Read gold JSONL files (one after the other), checking every line against the expected shape.
 *
 * @throws GoldFileError naming the file and line of the first problem.
 */
export async function readGold<S extends z.ZodType>(files: string | readonly string[], schema: S, what: string, limit = Infinity): Promise<z.output<S>[]> {
  const records: z.output<S>[] = [];
  for (const file of typeof files === 'string' ? [files] : files) {
    records.push(...(await readGoldFile(file, schema, what, limit - records.length)));
    if (records.length >= limit) break;
  }
  return records;
}

/** Read one gold JSONL file (see {@link readGold}). */
async function readGoldFile<S extends z.ZodType>(file: string, schema: S, what: string, limit: number): Promise<z.output<S>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new GoldFileError(`claimkit eval: cannot read gold file ${file}: ${(error as Error).message}`);
  }
  const records: z.output<S>[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && records.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new GoldFileError(`claimkit eval: ${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new GoldFileError(`claimkit eval: ${file}:${i + 1}: not a ${what} record: ${issue.message}${where}`);
    }
    records.push(parsed.data);
  }
  if (records.length === 0) throw new GoldFileError(`claimkit eval: ${file}: no records`);
  return records;
}
