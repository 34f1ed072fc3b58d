import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GoldFileError } from '../eval/gold.js';
import { attributionTable, QUANTITY_HEADER, quantityRow, RESOLUTION_HEADER, resolutionRow, table, TIME_HEADER, timeRow } from '../eval/report.js';
import { devSets, runAttribution, runQuantities, runResolution, runTimes, type EvalTask } from '../eval/run.js';
import { say, type CliStreams } from './streams.js';
import { EVAL_HELP } from './usage.js';

const TASKS: readonly string[] = ['attribution', 'resolution', 'times', 'quantities', 'all'];

/**
 * `claimkit eval <task> --gold FILE [--limit N] [--json] [--system NAME]`, and
 * `claimkit eval all [--datasets DIR] [--json]`: score claimkit (or an alternative) against gold
 * data. Returns the exit code: 0 done, 2 usage error or unreadable gold file.
 */
export async function evalCommand(args: readonly string[], streams: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        gold: { type: 'string' },
        datasets: { type: 'string' },
        limit: { type: 'string' },
        system: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    say(streams, `${(error as Error).message}\n\n${EVAL_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    streams.stdout.write(EVAL_HELP);
    return 0;
  }
  const task = positionals[0];
  if (!task || !TASKS.includes(task) || positionals.length > 1) {
    say(streams, `eval needs one task: ${TASKS.join(', ')}\n\n${EVAL_HELP}`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    say(streams, `--limit: expected a whole number of at least 1, got "${values.limit}"`);
    return 2;
  }
  try {
    if (task === 'all') return await evalAll(values.datasets ?? path.join('..', 'shared', 'datasets'), values.json ?? false, limit, streams);
    if (!values.gold) {
      say(streams, `eval ${task} needs --gold FILE\n\n${EVAL_HELP}`);
      return 2;
    }
    const options = { limit, system: values.system };
    const gold = values.gold.split(',').filter(Boolean);
    const name = gold.map((g) => path.basename(g)).join('+');
    let result: object;
    let text: string;
    if (task === 'attribution') {
      const r = await runAttribution(gold, options);
      result = r;
      text = attributionTable(name, r);
    } else if (task === 'resolution') {
      const r = await runResolution(gold, options);
      result = r;
      text = table(RESOLUTION_HEADER, [resolutionRow(name, r)]);
    } else if (task === 'times') {
      const r = await runTimes(gold, options);
      result = r;
      text = table(TIME_HEADER, [timeRow(name, r.system, r)]);
    } else {
      const r = await runQuantities(gold, options);
      result = r;
      text = table(QUANTITY_HEADER, [quantityRow(name, r.system, r)]);
    }
    streams.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${text}\n`);
    return 0;
  } catch (error) {
    if (error instanceof GoldFileError || (error instanceof Error && error.message.startsWith('claimkit eval:'))) {
      streams.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Every task on every dev set, every system: one report. */
async function evalAll(datasets: string, json: boolean, limit: number | undefined, streams: CliStreams): Promise<number> {
  const results: Record<EvalTask, object[]> = { attribution: [], resolution: [], times: [], quantities: [] };
  const sections: string[] = [];
  const timeRows: string[][] = [];
  const quantityRows: string[][] = [];
  for (const set of devSets(datasets)) {
    const missing = (typeof set.file === 'string' ? [set.file] : set.file).filter((f) => !existsSync(f));
    if (missing.length > 0) {
      say(streams, `skipping ${set.name}: ${missing.join(', ')} not found`);
      continue;
    }
    for (const system of set.systems) {
      const started = performance.now();
      if (set.task === 'attribution') {
        const r = await runAttribution(set.file, { limit, system });
        results.attribution.push({ dataset: set.name, system, ...r });
        sections.push(`### Attribution (${set.name}, claimkit)\n\n${attributionTable(set.name, r)}`);
      } else if (set.task === 'resolution') {
        const r = await runResolution(set.file, { limit });
        results.resolution.push({ dataset: set.name, ...r });
        sections.push(`### Source resolution (${set.name}, claimkit)\n\n${table(RESOLUTION_HEADER, [resolutionRow(set.name, r)])}`);
      } else if (set.task === 'times') {
        const r = await runTimes(set.file, { limit, system });
        results.times.push({ dataset: set.name, ...r });
        timeRows.push(timeRow(set.name, r.system, r));
      } else {
        const r = await runQuantities(set.file, { limit, system });
        results.quantities.push({ dataset: set.name, ...r });
        quantityRows.push(quantityRow(set.name, r.system, r));
      }
      say(streams, `${set.task} ${set.name} ${system}: ${((performance.now() - started) / 1000).toFixed(1)}s`);
    }
  }
  if (timeRows.length > 0) sections.push(`### Times\n\n${table(TIME_HEADER, timeRows)}`);
  if (quantityRows.length > 0) sections.push(`### Quantities\n\n${table(QUANTITY_HEADER, quantityRows)}`);
  streams.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : `${sections.join('\n\n')}\n`);
  return sections.length > 0 ? 0 : 2;
}
