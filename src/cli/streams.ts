import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The streams a CLI run talks to (the process's, or test doubles). */
export interface CliStreams {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: NodeJS.ReadableStream;
  /** Aborted when the user interrupts the run (SIGINT, SIGTERM): extract stops, writes what it finished and its manifest. */
  readonly interrupt?: AbortSignal;
}

/** Write a chunk, waiting for 'drain' when the stream asks for back-pressure. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** A line on stderr, prefixed with the program name. */
export function say(streams: CliStreams, message: string): void {
  streams.stderr.write(`claimkit: ${message}\n`);
}
