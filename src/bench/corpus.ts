import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../extract.js';
import { decode } from '../io/decode.js';

/** One benchmark article: where it came from and its text. */
export interface BenchArticle {
  readonly path: string;
  readonly text: string;
}

/** The articles of a benchmark corpus, and how many files were left out as duplicates or unreadable. */
export interface BenchCorpus {
  readonly articles: readonly BenchArticle[];
  readonly duplicates: number;
  readonly unreadable: number;
}

/** Every file under `dir`, in sorted path order. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile() && /\.(txt|md)$/i.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * Load the plain-text articles under a folder for a benchmark, in sorted path order, keeping the
 * first of files with identical bytes. A benchmark corpus is small enough to hold in memory.
 */
export async function loadCorpus(dir: string): Promise<BenchCorpus> {
  const seen = new Set<string>();
  const articles: BenchArticle[] = [];
  let duplicates = 0;
  let unreadable = 0;
  for (const file of await listFiles(dir)) {
    const bytes = await readFile(file);
    const hash = sha256(bytes);
    if (seen.has(hash)) {
      duplicates++;
      continue;
    }
    seen.add(hash);
    const decoded = decode(bytes);
    if (!decoded.ok) {
      unreadable++;
      continue;
    }
    articles.push({ path: path.relative(dir, file), text: decoded.text });
  }
  return { articles, duplicates, unreadable };
}
