import type { Article } from '../extract.js';
import type { InputFormat } from '../schema/index.js';

/** One input file found by discovery. */
export interface InputFile {
  /** Absolute path on disk. */
  readonly absolute: string;
  /** Path relative to the folder (or file's parent) it was found under, with "/" separators. */
  readonly relative: string;
  readonly format: InputFormat;
}

/** An article read from an input; what reading it noted is in `article.notes`. */
export interface ReadArticle {
  readonly ok: true;
  readonly article: Article;
}

/** An input, or a record of it, that could not be read. */
export interface ReadFailure {
  readonly ok: false;
  readonly path: string | null;
  /** 1-based line (JSONL) or position (JSON) of the record, when the failure is one record. */
  readonly record: number | null;
  readonly id: string | null;
  readonly code: string;
  readonly message: string;
}

/** What reading one input file yields: its articles and failed records, in order. */
export type ReadResult = ReadArticle | ReadFailure;
