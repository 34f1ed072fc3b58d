import { parseArgs } from 'node:util';
import { jsonSchemaOf } from '../schema/index.js';
import { SCHEMA_HELP } from './usage.js';
import { say, type CliStreams } from './streams.js';

/** \`claimkit schema [--record | --manifest]\`: print a JSON Schema. Returns the exit code. */
export function schemaCommand(args: readonly string[], streams: CliStreams): number {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { record: { type: 'boolean' }, manifest: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    say(streams, `${(error as Error).message}\n\n${SCHEMA_HELP}`);
    return 2;
  }
  if (values.help) {
    streams.stdout.write(SCHEMA_HELP);
    return 0;
  }
  const name = values.record ? 'record' : values.manifest ? 'manifest' : 'document';
  streams.stdout.write(`${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  return 0;
}
