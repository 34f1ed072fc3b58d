import { VERSION } from '../version.js';
import { benchCommand } from './bench-command.js';
import { evalCommand } from './eval-command.js';
import { extractCommand } from './extract-command.js';
import { schemaCommand } from './schema-command.js';
import { say, type CliStreams } from './streams.js';
import { MAIN_HELP } from './usage.js';

/**
 * Run the claimkit command line with the given arguments (without "node" and the script).
 *
 * @returns The exit code: 0 success, 1 some articles failed, 2 usage error or nothing to read.
 */
export async function main(argv: readonly string[], streams: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extractCommand(rest, streams);
    case 'schema':
      return schemaCommand(rest, streams);
    case 'eval':
      return evalCommand(rest, streams);
    case 'bench':
      return benchCommand(rest, streams);
    case '--version':
    case '-v':
      streams.stdout.write(`${VERSION}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      streams.stdout.write(MAIN_HELP);
      return command === undefined ? 2 : 0;
    default:
      say(streams, `unknown command "${command}"\n\n${MAIN_HELP}`);
      return 2;
  }
}
