#!/usr/bin/env node
/**
 * The claimkit executable.
 *
 * Exit codes:
 * - 0: every article succeeded;
 * - 1: the run completed, but some articles failed (listed on stderr and in manifest.json);
 * - 2: usage error, missing input path, nothing to read, or a fatal error;
 * - 130 (SIGINT) or 143 (SIGTERM): interrupted; what was finished is written, with the manifest.
 *
 * A first SIGINT or SIGTERM stops the run cleanly (articles in flight are abandoned, finished ones
 * are written, then the manifest); a second one ends the process at once.
 */
import { main } from './main.js';

const interrupt = new AbortController();
// Only extract has a run to wind down; the other commands end at once.
const graceful = process.argv[2] === 'extract';
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!graceful || interrupt.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
    interrupt.abort(signal);
  });
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, interrupt: interrupt.signal }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimkit: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
