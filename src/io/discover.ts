import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from './article-source.js';
import { EXTENSIONS } from './readers/index.js';

/** A file to read, or a folder that could not be listed. */
export type Discovered =
  | { readonly ok: true; readonly file: InputFile }
  | { readonly ok: false; readonly path: string; readonly code: string; readonly message: string };

/** A path given by the user that does not exist or cannot be read at all. */
export class InputPathError extends Error {
  /** Path as the user gave it. */
  readonly path: string;
  constructor(inputPath: string, reason: string) {
    super(`claimkit: cannot read "${inputPath}": ${reason}`);
    this.name = 'InputPathError';
    this.path = inputPath;
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** The format of a file by its extension, or null when claimkit does not read it. */
export function formatOf(file: string): InputFile['format'] | null {
  const extension = path.extname(file).toLowerCase();
  return Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension]! : null;
}

/**
 * Check that every input path exists, before any work starts.
 *
 * @throws InputPathError naming the first path that is missing.
 */
export async function checkInputs(inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputPathError(input, code === 'ENOENT' ? 'no such file or folder' : ((error as Error).message ?? String(code)));
    }
  }
}

/**
 * Walk the inputs and yield the files to read, as a stream, in sorted order of their relative
 * paths (code point order) on every machine, without listing the whole tree first: each folder's
 * entries are sorted, folders keyed as "name/", and walked depth first. Dot files, `node_modules` and files of other
 * types are skipped; a folder reached twice through symbolic links is walked once.
 */
export async function* discover(inputs: readonly string[]): AsyncGenerator<Discovered> {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') continue;
    const info = await stat(input);
    if (info.isDirectory()) {
      yield* walk(path.resolve(input), path.resolve(input), seen);
    } else {
      const absolute = path.resolve(input);
      yield { ok: true, file: { absolute, relative: path.basename(input), format: formatOf(input) ?? 'txt' } };
    }
  }
}

async function* walk(dir: string, root: string, seen: Set<string>): AsyncGenerator<Discovered> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { ok: false, path: toPosix(path.relative(root, dir)) || '.', code: 'unreadable', message: (error as Error).message };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const names: { name: string; dir: boolean }[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(path.join(dir, entry.name))).isDirectory();
        } catch {
          // A broken link with an article's extension is kept: reading it reports the failure.
          isDir = false;
        }
      }
      if (isDir || formatOf(entry.name) !== null) names.push({ name: entry.name, dir: isDir });
    }
  } catch (error) {
    yield { ok: false, path: toPosix(path.relative(root, dir)) || '.', code: 'unreadable', message: `folder cannot be listed: ${(error as Error).message}` };
    return;
  }
  // Sorting folders as "name/" makes the walk yield paths in plain sorted order ("a.txt" before "a/b.txt").
  const key = (e: { name: string; dir: boolean }): string => (e.dir ? `${e.name}/` : e.name);
  names.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const { name, dir: isDir } of names) {
    const full = path.join(dir, name);
    if (isDir) yield* walk(full, root, seen);
    else yield { ok: true, file: { absolute: full, relative: toPosix(path.relative(root, full)), format: formatOf(name)! } };
  }
}
