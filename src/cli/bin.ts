#!/usr/bin/env node
/**
 * The claimkit executable.
 *
 * Exit codes:
 * - 0: every article succeeded;
 * - 1: the run completed, but some articles failed (listed on stderr and in manifest.json);
 * - 2: usage error, missing input path, nothing to read, or a fatal error.
 */
import { main } from './main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimkit: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
