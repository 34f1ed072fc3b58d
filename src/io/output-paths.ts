import type { Document } from '../schema/index.js';

const RESERVED = ['claims.jsonl', 'claims.csv', 'manifest.json'];
const UNSAFE = /[^\p{L}\p{N}._-]+/gu;
const MAX_SEGMENT = 120;

/** A path segment safe on every file system: no separators, no leading dots, bounded length. */
export function safeSegment(segment: string): string {
  const cleaned = segment.normalize('NFC').replace(UNSAFE, '_').replace(/^\.+/, '_').slice(0, MAX_SEGMENT);
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
