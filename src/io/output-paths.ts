import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { Document } from '../schema/index.js';

const RESERVED = ['claims.jsonl', 'claims.csv', 'manifest.json'];
const UNSAFE = /[^\p{L}\p{N}._-]+/gu;
/** Longest segment in UTF-8 bytes: file systems allow 255, and "-2.json" and temporaries add to it. */
const MAX_SEGMENT_BYTES = 180;
/** Names Windows reserves for devices, whatever the extension. */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/** The longest prefix of `s` (whole code points) that fits in `maxBytes` of UTF-8. */
function truncateUtf8(s: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > maxBytes) break;
    end += ch.length;
  }
  return s.slice(0, end);
}

/**
 * A path segment safe on every file system: letters, digits, ".", "_" and "-" only (so no
 * separators and no control or invisible characters), no leading dot, no device name, at most
 * 180 bytes of UTF-8 (cut between code points).
 */
export function safeSegment(segment: string): string {
  let cleaned = truncateUtf8(segment.normalize('NFC').replace(UNSAFE, '_').replace(/^\.+/, '_'), MAX_SEGMENT_BYTES);
  if (DEVICE_NAME.test(cleaned)) cleaned = `_${cleaned}`;
  return cleaned === '' ? '_' : cleaned;
}

/**
 * Chooses where each document's JSON goes inside the output folder: the input's relative path
 * with `.json` for a single-article file, and `<input stem>/<record id>.json` for the records
 * of a JSON or JSONL file. Every segment is sanitised, so ids such as "../../etc/x" stay inside
 * the folder; names already used get "-2", "-3", ... in the order documents arrive.
 */
export class OutputNamer {
  private readonly used = new Set<string>(RESERVED);

  /** The output path a document gets when no earlier document took it (without the collision suffix). */
  static baseName(doc: Pick<Document, 'id' | 'source'>): string {
    const inputPath = doc.source.path;
    let segments: string[];
    if (inputPath === null) segments = [doc.id];
    else {
      const stem = inputPath.replace(/\.[^./]+$/, '');
      segments = stem.split('/');
      if (doc.source.record !== null) segments.push(doc.id);
    }
    return `${segments.map(safeSegment).join('/')}.json`;
  }

  /** The relative output path (with "/") for a document. */
  nameFor(doc: Pick<Document, 'id' | 'source'>): string {
    const base = OutputNamer.baseName(doc).replace(/\.json$/, '');
    let name = `${base}.json`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}-${n}.json`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

/**
 * Writes files under an output folder and nowhere else: before the first write into a subfolder,
 * its real path (symbolic links resolved) must lie inside the output folder's real path, so a link
 * planted in the output folder cannot carry output elsewhere.
 */
export class ContainedWriter {
  private readonly checked = new Map<string, Promise<void>>();
  private realRoot: Promise<string> | null = null;

  constructor(private readonly root: string) {}

  /** Write `data` to `relative` (with "/") atomically. */
  async write(relative: string, data: string): Promise<void> {
    const file = path.join(this.root, ...relative.split('/'));
    await this.checkFolder(path.dirname(file));
    await writeFileAtomic(file, data);
  }

  private checkFolder(dir: string): Promise<void> {
    let check = this.checked.get(dir);
    if (!check) {
      check = (async () => {
        this.realRoot ??= realpath(this.root);
        await mkdir(dir, { recursive: true });
        const [root, real] = await Promise.all([this.realRoot, realpath(dir)]);
        if (real !== root && !real.startsWith(root + path.sep)) {
          throw new Error(`${path.relative(this.root, dir)} leads outside the output folder (a symbolic link?)`);
        }
      })();
      this.checked.set(dir, check);
    }
    return check;
  }
}
