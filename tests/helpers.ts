import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { extractFiles, type Document, type Span } from '../src/index.js';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The fixture articles. */
export const ARTICLES = path.join(ROOT, 'fixtures', 'articles');
/** The built CLI. */
export const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

/** Every span of a document, labelled with where it sits. */
export function allSpans(doc: Document): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  for (const e of doc.entities) e.mentions.forEach((m, i) => out.push({ where: `${e.id}.mentions[${i}]`, span: m }));
  for (const q of doc.quantities) out.push({ where: `${q.id}.span`, span: q.span });
  for (const t of doc.times) out.push({ where: `${t.id}.span`, span: t.span });
  for (const c of doc.claims) {
    out.push({ where: `${c.id}.content`, span: c.content });
    c.content.fragments.forEach((f, i) => out.push({ where: `${c.id}.fragments[${i}]`, span: f }));
    if (c.cue) out.push({ where: `${c.id}.cue`, span: c.cue });
    if (c.source?.mention) out.push({ where: `${c.id}.source.mention`, span: c.source.mention });
    c.citedSources.forEach((s, i) => out.push({ where: `${c.id}.citedSources[${i}]`, span: s.span }));
    c.hedges.forEach((h, i) => out.push({ where: `${c.id}.hedges[${i}]`, span: h.span }));
  }
  doc.diagnostics.forEach((d, i) => {
    if (d.span) out.push({ where: `diagnostics[${i}]`, span: d.span });
  });
  return out;
}

/** Spans whose text is not `document.text.slice(start, end)`, or whose offsets are out of order. */
export function badSpans(doc: Document): string[] {
  return allSpans(doc)
    .filter(({ span }) => span.start > span.end || span.end > doc.text.length || doc.text.slice(span.start, span.end) !== span.text)
    .map(({ where, span }) => `${doc.id} ${where} ${JSON.stringify(span)}`);
}

/** Analyse every fixture article with the library. */
export async function fixtureDocuments(): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of extractFiles([ARTICLES])) {
    if (!r.ok) throw new Error(`fixture failed: ${JSON.stringify(r.failure)}`);
    docs.push(r.document);
  }
  return docs;
}

/** Run the built CLI. */
export function runCli(args: string[], options: { input?: string; cwd?: string; timeoutMs?: number } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder, relative, sorted, with its content. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** A run's output tree with the manifest's duration and jobs zeroed: what two runs of the same inputs must share. */
export function stableTree(dir: string): Map<string, string> {
  const tree = readTree(dir);
  const m = tree.get('manifest.json');
  if (m) tree.set('manifest.json', m.replace(/"elapsedMs": \d+/, '"elapsedMs": 0').replace(/"jobs": \d+/, '"jobs": 0'));
  return tree;
}

/** Two runs' output folders hold the same files, byte for byte (but for the manifest's duration and jobs). */
export function expectSameOutput(actualDir: string, expectedDir: string): void {
  const expected = stableTree(expectedDir);
  const actual = stableTree(actualDir);
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  const differing = [...expected].filter(([file, content]) => actual.get(file) !== content).map(([file]) => file);
  expect(differing).toEqual([]);
}

/** A strict RFC 4180 parser: rows of fields; every row must end in CRLF. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted field');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += csv[i];
          i++;
        }
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += csv[i];
        i++;
      }
    }
    row.push(field);
    if (csv[i] === ',') {
      i++;
    } else if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(csv[i] ?? 'end of input')}`);
    }
  }
  if (row.length > 0) throw new Error('last row does not end in CRLF');
  return rows;
}

