#!/usr/bin/env node
// Mine reporting cues from the PolNeAR training split: for every word that heads a gold cue,
// how often it is a cue, and how often it occurs at all (its precision as a cue).
// Usage: node scripts/mine-cues.mjs [train.jsonl] > /tmp/cues.tsv
// Output: TSV word, cue count, occurrences, precision, most frequent whole cue spans.
// The curated result lives in src/stages/attribution/lexicon/polnear-cues.ts.
import fs from 'node:fs';

const file = process.argv[2] ?? '../shared/datasets/polnear/jsonl/train.jsonl';
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'also', 'not', 'did', 'does', 'do', 'could', 'may', 'might', 'can', 'should', 'later', 'then', 'repeatedly', 'previously', 'recently', 'just', 'had', 'never', 'still', 'often', 'publicly', 'already', 'once', 'even']);
const WORD = /[\p{L}’'-]+/gu;
const cues = new Map();
const spans = new Map();
const occurrences = new Map();
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
  const doc = JSON.parse(line);
  for (const m of doc.text.toLowerCase().matchAll(WORD)) occurrences.set(m[0], (occurrences.get(m[0]) ?? 0) + 1);
  for (const a of doc.attributions) {
    if (!a.cue) continue;
    const words = (a.cue.text.toLowerCase().match(WORD) ?? []).filter((w) => !AUX.has(w));
    const head = words[0];
    if (!head) continue;
    cues.set(head, (cues.get(head) ?? 0) + 1);
    const span = a.cue.text.toLowerCase().replace(/\s+/g, ' ');
    const s = spans.get(head) ?? new Map();
    s.set(span, (s.get(span) ?? 0) + 1);
    spans.set(head, s);
  }
}
const rows = [...cues.entries()]
  .map(([w, n]) => ({ w, n, occ: occurrences.get(w) ?? n, p: n / (occurrences.get(w) ?? n) }))
  .sort((a, b) => b.n - a.n);
for (const r of rows) {
  const top = [...spans.get(r.w).entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s, c]) => `${s}:${c}`).join(' | ');
  console.log([r.w, r.n, r.occ, r.p.toFixed(3), top].join('\t'));
}
