import { VERSION } from '../version.js';

/** Help text of the whole program. */
export const MAIN_HELP = `claimkit ${VERSION}: who claims what, when, with which numbers, from news articles

Usage:
  claimkit extract <file|folder|->... [options]   extract claims (see claimkit extract --help)
  claimkit schema [--record | --manifest]         print the JSON Schema of an output
  claimkit eval <task> --gold FILE [options]      score against gold data (see claimkit eval --help)
  claimkit bench [--corpus DIR] [--json] [--jobs N]  time claimkit against bare wink-nlp
  claimkit --version                              print the version
  claimkit --help                                 print this help

Exit codes: 0 every article succeeded; 1 some articles failed (see stderr and
manifest.json); 2 usage error, missing input or nothing to read.
`;

/** Help text of \`claimkit extract\`. */
export const EXTRACT_HELP = `Usage: claimkit extract <file|folder|->... [options]

Reads .txt, .md (YAML front matter: title, date, url), .html/.htm (saved web pages: the
article body, title, byline, site name and published date), .json and .jsonl (records with
text/body/content, optional id, title, date/publishedAt, url, author). Folders are walked
recursively, in sorted path order; "-" reads one article from stdin.

Options:
  -o, --out DIR              write DIR/<input path>.json per article, DIR/claims.jsonl,
                             DIR/claims.csv, DIR/brat/<input path>.txt/.ann and
                             DIR/manifest.json, as --format asks
                             (default: claim records as JSONL on stdout)
      --format LIST          any of json, jsonl, csv, brat, comma-separated; with --out the
                             files to write (default json,jsonl), without it what goes to
                             stdout (default jsonl: one claim per line; json: one document per
                             line; csv: one claim per row; brat needs --out)
      --reference-date DATE  resolve relative dates against DATE (YYYY-MM-DD) instead of
                             each article's metadata date or dateline
      --offsets UNIT         utf16 (default: JavaScript string indices) or codepoint
                             (Python string indices) for every start/end in the output
      --text-field NAME      JSON/JSONL: the field holding the text (default text, body, content)
      --id-field NAME        JSON/JSONL: the field holding the id (default id)
      --date-field NAME      JSON/JSONL: the field holding the date (default date, publishedAt)
      --stdin-format FORMAT  how to read "-": txt (default), md, html, json or jsonl
  -j, --jobs N               worker threads analysing articles (default: CPU cores; 1
                             analyses in this process); the output is the same for any N
      --resume               with --out: keep the documents an earlier (interrupted) run wrote
                             for the same input bytes and claimkit version, analyse the rest;
                             the folder ends as an unbroken run would leave it
      --max-bytes N          size limit of one article (default 5242880); larger ones fail
                             with "too-large"
      --time-limit SECONDS   time limit of one article (default 10); a stuck article's worker
                             is stopped and replaced, and the article fails with "timeout"
  -q, --quiet                no progress line and no summary on stderr (failures are still
                             reported); the progress line shows only on a terminal
  -h, --help                 print this help
`;

/** Help text of \`claimkit eval\`. */
export const EVAL_HELP = `Usage: claimkit eval <attribution|times|quantities> --gold FILE [options]
       claimkit eval all [--datasets DIR] [--json] [--limit N]

Scores claimkit (or an alternative) against gold data:
  attribution  PolNeAR JSONL: source, cue, content P/R/F1 (exact, token, 30% overlap),
               also on the speech-cue subset
  times        TimeML JSONL (TimeBank, AQUAINT, MEANTIME): TempEval-3 strict, relaxed,
               value F1 and type accuracy, against each document's date
  quantities   NewsQuant JSONL: CQE value, value+unit, value+change P/R/F1
  all          every task on every dev set under DIR (default ../shared/datasets),
               with every system, as one report

Options:
      --gold FILE      the gold JSONL file (several: FILE,FILE)
      --system NAME    times: claimkit, chrono-node, compromise-dates, recognizers-text;
                       quantities: claimkit, compromise, recognizers-text (default claimkit)
      --limit N        score only the first N gold records
      --json           print the result as JSON
  -h, --help           print this help
`;

/** Help text of \`claimkit schema\`. */
export const SCHEMA_HELP = `Usage: claimkit schema [--record | --manifest]

Prints the JSON Schema (draft 2020-12) of claimkit's output: the per-article document (default),
one claim record (a line of claims.jsonl, a row of claims.csv) with --record, or manifest.json
with --manifest. The same schemas ship in the package as claimkit/schema/*.json.
`;

/** Help text of \`claimkit bench\`. */
export const BENCH_HELP = `Usage: claimkit bench [--corpus DIR] [--json] [--jobs N]

Times claimkit end to end (analysis, validation, JSON) and bare wink-nlp (tokens, sentences,
part-of-speech tags) over the same .txt and .md articles (duplicates by content left out),
after a warm-up: articles/s, words/s, the ratio of the two words/s, p50/p99 latency per
article, peak RSS and the time of each pipeline stage, in one thread; then articles/s on N
worker threads and the scaling (N threads ÷ one).

Options:
      --corpus DIR   the articles (default ../shared/corpora/bbc-news)
      --jobs N       worker threads for the scaling run (default: CPU cores; 1 skips it)
      --json         print the result as JSON
  -h, --help         print this help
`;
