/**
 * Regex safety: no regular expression in `src/**\/*.ts` may backtrack catastrophically, and none may be built from
 * input.
 *
 * claimkit runs its regexes over whole news texts that come from outside (files, HTML, stdin), so one regex with
 * exponential or polynomial backtracking is a denial-of-service hole (ReDoS): a crafted or merely odd article (a long
 * run of digits, dots or spaces) would stall a worker for minutes. A regex compiled from a non-constant string is the
 * same hole, plus an injection one. This file checks, for every regex in the sources:
 *
 * 1. Collection (TypeScript compiler API, syntax only): every regex literal (pattern, flags, file:line) and every
 *    `new RegExp(...)` / `RegExp(...)`. A constructor call may only take constants: a string literal, or
 *    `X.source` where `X` is a module-level `const X = /.../` of the same file; flags must be a string literal.
 *    `.match(x)` / `.matchAll(x)` / `.search(x)` also compile a string argument into a regex, so `x` must be a regex
 *    literal, a string literal, or a const of the same file initialised with a regex literal. Anything else fails.
 * 2. Static analysis: each literal is parsed with @eslint-community/regexpp and analysed with scslre (the analysis
 *    behind eslint-plugin-regexp's `no-super-linear-backtracking` and `no-super-linear-move`). Any report of
 *    exponential or polynomial (super-linear) behaviour fails with file:line, pattern and the character to pump, unless
 *    it has a justified entry in ALLOWED_REPORTS below.
 * 3. Runtime check: each literal is compiled with its flags and run (global ones via `replace` over the whole string,
 *    since the code scans whole texts; the others via `exec`) against ~100 kB adversarial strings: runs of single
 *    characters, short repeated units, the regex's own "pumpable" characters (those an unbounded quantifier can
 *    consume) and scslre's attack characters, each followed by a character that makes the match fail. Every run must
 *    finish within RUN_LIMIT_MS. The runs happen in a worker thread with a watchdog, so a truly catastrophic regex is
 *    killed and reported instead of hanging the test run.
 * 4. Self-check: the same functions flag `/^(a+)+$/` (statically, and at run time) and a regex built from input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { analyse, type Report } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');

// ---------------------------------------------------------------------------------------------
// 1. Collection

/** One regex literal in the sources. */
interface RegexSite {
  /** `src/…/file.ts:line`. */
  where: string;
  /** Path relative to the project root, with `/`. */
  file: string;
  pattern: string;
  flags: string;
}

/** A place where a regex is compiled from a value that is not a constant. */
interface DynamicRegexProblem {
  where: string;
  code: string;
  reason: string;
}

interface Collected {
  literals: RegexSite[];
  problems: DynamicRegexProblem[];
}

/** Unwrap `(x)`, `x as T`, `x satisfies T`, `<T>x` and `x!`. */
function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  for (;;) {
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n)
      || ts.isTypeAssertionExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
    else return n;
  }
}

function isStringConstant(node: ts.Expression): boolean {
  const n = unwrap(node);
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
}

function isConst(decl: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** Names of `const X = /…/` declarations: those at module level, and those anywhere in the file. */
function regexConstants(sf: ts.SourceFile): { moduleLevel: Set<string>; anywhere: Set<string> } {
  const moduleLevel = new Set<string>();
  const anywhere = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isConst(node)
      && unwrap(node.initializer).kind === ts.SyntaxKind.RegularExpressionLiteral) {
      anywhere.add(node.name.text);
      if (ts.isVariableStatement(node.parent.parent) && node.parent.parent.parent === sf) moduleLevel.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { moduleLevel, anywhere };
}

/** Split the text of a regex literal (`/…/flags`) into pattern and flags. */
function splitLiteral(text: string): { pattern: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { pattern: text.slice(1, end), flags: text.slice(end + 1) };
}

/**
 * Collect the regex literals of one source file, and every place where a regex is compiled from something that is not
 * a constant of that file.
 */
function collectRegexes(file: string, text: string): Collected {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const { moduleLevel, anywhere } = regexConstants(sf);
  const literals: RegexSite[] = [];
  const problems: DynamicRegexProblem[] = [];
  const whereOf = (node: ts.Node): string =>
    `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const problem = (node: ts.Node, reason: string): void => {
    problems.push({ where: whereOf(node), code: node.getText(sf).slice(0, 120), reason });
  };

  /** `new RegExp(pattern, flags)` / `RegExp(pattern, flags)`. */
  const checkConstructor = (call: ts.NewExpression | ts.CallExpression): void => {
    const args = call.arguments ?? ts.factory.createNodeArray();
    const [source, flags] = args;
    if (args.length === 0 || args.length > 2 || args.some((a) => ts.isSpreadElement(a))) {
      problem(call, 'RegExp must be called with a constant pattern and optional constant flags');
      return;
    }
    const s = unwrap(source!);
    const constantSource = isStringConstant(s)
      || (ts.isPropertyAccessExpression(s) && s.name.text === 'source' && ts.isIdentifier(s.expression)
        && moduleLevel.has(s.expression.text));
    if (!constantSource) {
      problem(call, 'pattern is neither a string literal nor `X.source` of a module-level `const X = /…/` of this '
        + 'file: regexes must not be built from input');
    }
    if (flags !== undefined && !isStringConstant(flags)) {
      problem(call, 'flags are not a string literal: regexes must not be built from input');
    }
  };

  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const { pattern, flags } = splitLiteral(node.getText(sf));
      literals.push({ where: whereOf(node), file, pattern, flags });
    } else if (ts.isIdentifier(node) && node.text === 'RegExp') {
      const parent = node.parent;
      if ((ts.isNewExpression(parent) || ts.isCallExpression(parent)) && parent.expression === node) {
        checkConstructor(parent);
      } else if (ts.isBinaryExpression(parent) && parent.right === node
        && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
        // `x instanceof RegExp` compiles nothing.
      } else if (ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent)
        || ts.isTypeQueryNode(parent)) {
        // A type, not a value.
      } else if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
        // `x.RegExp`: some other property of that name.
      } else {
        problem(node, 'RegExp is used as a value other than `new RegExp(<constant>)`, so it cannot be checked: '
          + 'regexes must not be built from input');
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
      && ['match', 'matchAll', 'search'].includes(node.expression.name.text) && node.arguments.length === 1) {
      // String.prototype.match/matchAll/search compile a non-RegExp argument with `new RegExp(arg)`.
      const arg = unwrap(node.arguments[0]!);
      const ok = arg.kind === ts.SyntaxKind.RegularExpressionLiteral || isStringConstant(arg)
        || (ts.isIdentifier(arg) && anywhere.has(arg.text));
      if (!ok) {
        problem(node, `the argument of .${node.expression.name.text}() is not a regex literal, a string literal `
          + 'or a const of this file initialised with a regex literal; a string there is compiled into a regex: '
          + 'regexes must not be built from input');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, problems };
}

/** Every `.ts` file under src/, relative to the project root, sorted. */
function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, withFileTypes: false, encoding: 'utf8' })
    .filter((f) => /\.[cm]?ts$/.test(f))
    .map((f) => path.posix.join('src', f.split(path.sep).join('/')))
    .sort();
}

function collectAll(): Collected {
  const literals: RegexSite[] = [];
  const problems: DynamicRegexProblem[] = [];
  for (const file of sourceFiles()) {
    const c = collectRegexes(file, readFileSync(path.join(ROOT, file), 'utf8'));
    literals.push(...c.literals);
    problems.push(...c.problems);
  }
  return { literals, problems };
}

// ---------------------------------------------------------------------------------------------
// 2. Static analysis

/** A super-linear report of scslre on one literal. */
interface StaticFinding {
  site: RegexSite;
  kind: string;
  exponential: boolean;
  /** The character scslre says to repeat. */
  attackChar: string;
  /** The quantifier(s) involved, as source text. */
  quantifiers: string;
}

function parseLiteral(site: Pick<RegexSite, 'pattern' | 'flags'>): { pattern: AST.Pattern; flags: AST.Flags } {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const flags = parser.parseFlags(site.flags);
  const pattern = parser.parsePattern(site.pattern, 0, site.pattern.length, {
    unicode: flags.unicode,
    unicodeSets: flags.unicodeSets,
  });
  return { pattern, flags };
}

function describeReport(r: Report): string {
  switch (r.type) {
    case 'Trade': return `${r.startQuant.raw} ⇄ ${r.endQuant.raw}`;
    case 'Self': return `${r.quant.raw} inside ${r.parentQuant.raw}`;
    case 'Move': return r.quant.raw;
  }
}

/** Run scslre on one literal; every report is a finding. */
function analyseSite(site: RegexSite): StaticFinding[] {
  const result = analyse(parseLiteral(site));
  return result.reports.map((r) => ({
    site,
    kind: r.type,
    exponential: r.exponential,
    attackChar: r.character.pick,
    quantifiers: describeReport(r),
  }));
}


/**
 * scslre reports that were judged false positives. Keyed by file and pattern (exactly as written between the slashes);
 * each needs a reason, and each allowed regex still goes through the runtime check with scslre's attack character.
 * An entry that no longer matches a report fails the test, so the list cannot go stale.
 */
const ALLOWED_REPORTS: readonly { file: string; pattern: string; reason: string }[] = [
  {
    file: 'src/stages/segment/numeric-tokens.ts',
    pattern: String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}(?:[ap]m|[ap]\.m\.)(?![\p{L}\d])|\d+[/⁄]\d+|\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?|[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?|\.\d+`,
    // scslre reports a super-linear *move* of `\d+` (a long run of digits, rejected from every start position). It
    // cannot be rejected: the alternative `[-+−]?\d+(?:\.\d+)?` matches at the first digit of any run, so the scan
    // never moves through a run of digits one position at a time; each attempt at a run's start is linear in the run
    // and consumes it (the `g` flag resumes after it). Every other alternative that fails there fails after at most
    // one run of digits. Reordering the alternatives would change which number wins, so the pattern stays.
    reason: 'Move of \\d+: the last-but-one alternative accepts every digit run, so no rejecting suffix exists',
  },
  {
    file: 'src/io/readers/markdown.ts',
    pattern: String.raw`\[([^\]\n]+)\]\([^)\n]*\)|\[[^\]\n]*(?:\]\([^)\n]*(?![^\n]))?`,
    // scslre reports a super-linear move of `[^\]\n]+` on a run of "[" (each "[" rescanning the rest of the line:
    // that was true of the plain link pattern, which took seconds on such a line). The second alternative is the fix:
    // it matches at every "[" the link alternative rejects and consumes up to the "]" or line end the link
    // alternative stopped at, so the scan never restarts inside that stretch. scslre analyses the first alternative
    // as if it could be rejected there. The runtime check pumps "[" (and "[a](", "![") to 100 kB.
    reason: 'Move of [^\\]\\n]+: the skip alternative accepts wherever the link alternative fails',
  },
];

function isAllowed(f: StaticFinding): boolean {
  return ALLOWED_REPORTS.some((a) => a.file === f.site.file && a.pattern === f.site.pattern);
}

function formatFinding(f: StaticFinding): string {
  return `${f.site.where} /${f.site.pattern}/${f.site.flags}: ${f.exponential ? 'EXPONENTIAL' : 'polynomial'} `
    + `${f.kind} (${f.quantifiers}); attack: ${JSON.stringify(f.attackChar)} repeated, then a rejecting character`;
}

// ---------------------------------------------------------------------------------------------
// 3. Runtime check

/** Length of every adversarial string (before its one-character suffix). */
const ATTACK_LENGTH = 100_000;
/** Upper bound for one regex on one string. A linear regex needs well under 10 ms for 100 kB. */
const RUN_LIMIT_MS = 200;
/** A run still going after this long is killed (with its worker) and reported as hanging. */
const HANG_MS = 3_000;

/** An adversarial string: `unit` repeated to ATTACK_LENGTH characters, then `suffix`. */
interface AttackSpec {
  unit: string;
  suffix: string;
}

/**
 * Strings every regex sees. Single characters are the ones the extractors' quantifiers pump (letters, digits, spaces,
 * sentence and number punctuation, quotes, dashes, line breaks); the short units are the two- to four-character cycles
 * that scslre cannot find (it only looks for one repeated character) but that number, abbreviation, word and
 * Markdown patterns loop over.
 */
const BASE_UNITS = ['a', '1', ' ', '.', ',', '"', '“', '-', '\n', '0', 'a1', '1,', '1.', 'Mr. ', 'a ', 'A. ', '![', '[a]('];
/** Each base unit twice: ended by "!" and by U+0000 (for quantifiers whose class takes "!", such as `[^\]]`). */
const BASE_ATTACKS: readonly AttackSpec[] = BASE_UNITS.flatMap((unit) => [{ unit, suffix: '!' }, { unit, suffix: '\u0000' }]);

/** Candidates for "a character this class or set matches", most telling first. */
const CANDIDATES = [
  'a', '0', ' ', '.', ',', '-', '"', '“', '”', "'", '’', '\n', '\t', 'A', 'é', '!', '?', '(', ')', '[', ']', '/', ':',
  ';', '%', '$', '£', '€', '#', '*', '_', '`', '–', '—', '\u00a0', '\u0000', 'x', '@', '&', '+', '=', '<', '>', '|',
  '~', '^', '\\', '{', '}', '½', '⁄', '−', '\u2028',
];
/** Candidates for the character after a pumped run: the first that the quantified atoms do not match. */
const SUFFIX_CANDIDATES = ['!', '\u0000', '\n', '#', 'x', '0', ' '];

type Atom = AST.Character | AST.CharacterClass | AST.CharacterSet | AST.ExpressionCharacterClass;

/** The single-character atoms a quantified element consumes (lookarounds and backreferences aside). */
function atomsOf(node: AST.Node, out: Atom[] = []): Atom[] {
  switch (node.type) {
    case 'Character': case 'CharacterClass': case 'CharacterSet': case 'ExpressionCharacterClass':
      out.push(node);
      break;
    case 'Group': case 'CapturingGroup': case 'Pattern':
      for (const alt of node.alternatives) atomsOf(alt, out);
      break;
    case 'Alternative':
      for (const e of node.elements) atomsOf(e, out);
      break;
    case 'Quantifier':
      atomsOf(node.element, out);
      break;
    default:
      break;
  }
  return out;
}

/** A one-character matcher for an atom, compiled with the literal's flags (minus g and y). */
function atomMatcher(atom: Atom, flags: string): (c: string) => boolean {
  const re = new RegExp(`^(?:${atom.raw})$`, flags.replace(/[gy]/g, ''));
  return (c) => re.test(c);
}

/**
 * The regex's own pumpable characters: for every unbounded (or long) quantifier, one or two characters each of its
 * atoms matches, followed by a character none of them matches, so that the run is consumed and then rejected.
 */
function pumpedAttacks(site: Pick<RegexSite, 'pattern' | 'flags'>): AttackSpec[] {
  const { pattern } = parseLiteral(site);
  const out: AttackSpec[] = [];
  const visit = (node: AST.Node): void => {
    // Unbounded quantifiers, and bounded ones long enough to matter on a 100 kB string.
    if (node.type === 'Quantifier' && node.max > 50) {
      const atoms = atomsOf(node.element);
      const matchers = atoms.map((a) => atomMatcher(a, site.flags));
      const suffix = SUFFIX_CANDIDATES.find((c) => !matchers.some((m) => m(c))) ?? '!';
      atoms.forEach((atom, i) => {
        const picks = atom.type === 'Character'
          ? [String.fromCodePoint(atom.value)]
          : CANDIDATES.filter((c) => matchers[i]!(c)).slice(0, 2);
        for (const unit of picks) out.push({ unit, suffix });
      });
    }
    switch (node.type) {
      case 'Pattern': case 'Group': case 'CapturingGroup':
      case 'Assertion':
        if ('alternatives' in node) for (const alt of node.alternatives) visit(alt);
        break;
      case 'Alternative':
        for (const e of node.elements) visit(e);
        break;
      case 'Quantifier':
        visit(node.element);
        break;
      default:
        break;
    }
  };
  visit(pattern);
  return out;
}

/** One regex and the strings to run it on. */
interface RuntimeJob {
  where: string;
  source: string;
  flags: string;
  attacks: AttackSpec[];
}

function dedupe(attacks: AttackSpec[]): AttackSpec[] {
  const seen = new Set<string>();
  return attacks.filter((a) => {
    const key = JSON.stringify([a.unit, a.suffix]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The job for one literal: the base strings, its pumpable characters, and scslre's attack characters. */
function runtimeJob(site: RegexSite, findings: readonly StaticFinding[]): RuntimeJob {
  const fromReports = findings.flatMap((f) => [
    { unit: f.attackChar, suffix: f.attackChar === '!' ? '\u0000' : '!' },
    { unit: f.attackChar, suffix: f.attackChar === '\u0000' ? '!' : '\u0000' },
  ]);
  return {
    where: site.where,
    source: site.pattern,
    flags: site.flags,
    attacks: dedupe([...BASE_ATTACKS, ...pumpedAttacks(site), ...fromReports]),
  };
}

interface RuntimeFailure {
  where: string;
  regex: string;
  attack: string;
  ms: number | 'hung';
}

/**
 * Worker body (plain JS). Runs every job × attack from a start position, timing each run with performance.now;
 * a run over the limit is repeated once and the faster time kept (a GC pause or a busy neighbour is not a ReDoS).
 * Progress goes to a shared array so that the watchdog knows which run hangs.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { jobs, startJob, startAttack, length, limit, progress } = workerData;
const state = new Int32Array(progress);
const run = (re, text) => {
  re.lastIndex = 0;
  const t0 = performance.now();
  if (re.global) text.replace(re, '');
  else re.exec(text);
  return performance.now() - t0;
};
for (let j = startJob; j < jobs.length; j++) {
  const job = jobs[j];
  const re = new RegExp(job.source, job.flags);
  const times = [];
  for (let a = j === startJob ? startAttack : 0; a < job.attacks.length; a++) {
    Atomics.store(state, 0, j);
    Atomics.store(state, 1, a);
    Atomics.add(state, 2, 1);
    const { unit, suffix } = job.attacks[a];
    const text = unit.repeat(Math.ceil(length / unit.length)) + suffix;
    let ms = run(re, text);
    if (ms > limit) ms = Math.min(ms, run(re, text));
    times.push([a, ms]);
  }
  parentPort.postMessage({ job: j, times });
}
parentPort.postMessage({ done: true });
`;

function describeAttack(a: AttackSpec): string {
  return `${JSON.stringify(a.unit)}×${Math.ceil(ATTACK_LENGTH / a.unit.length)} + ${JSON.stringify(a.suffix)}`;
}

/**
 * Run every job in a worker thread; a run that takes longer than `hangMs` is killed with its worker, reported, and
 * the check goes on in a fresh worker from the next run.
 */
async function runtimeCheck(
  jobs: readonly RuntimeJob[],
  options: { limitMs?: number; hangMs?: number } = {},
): Promise<{ failures: RuntimeFailure[]; runs: number; slowest: { where: string; attack: string; ms: number } | null }> {
  const limitMs = options.limitMs ?? RUN_LIMIT_MS;
  const hangMs = options.hangMs ?? HANG_MS;
  const failures: RuntimeFailure[] = [];
  let runs = 0;
  let slowest: { where: string; attack: string; ms: number } | null = null;
  const plainJobs = jobs.map((j) => ({ source: j.source, flags: j.flags, attacks: j.attacks }));
  let start: [number, number] | null = [0, 0];
  while (start) {
    const [startJob, startAttack] = start;
    const progress = new SharedArrayBuffer(12);
    const state = new Int32Array(progress);
    state[0] = startJob;
    state[1] = startAttack;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { jobs: plainJobs, startJob, startAttack, length: ATTACK_LENGTH, limit: limitMs, progress },
    });
    start = await new Promise<[number, number] | null>((resolve, reject) => {
      let seen = -1;
      let since = performance.now();
      const timer = setInterval(() => {
        const seq = Atomics.load(state, 2);
        if (seq !== seen) {
          seen = seq;
          since = performance.now();
        } else if (performance.now() - since > hangMs) {
          clearInterval(timer);
          const j = Atomics.load(state, 0);
          const a = Atomics.load(state, 1);
          const job = jobs[j]!;
          failures.push({ where: job.where, regex: `/${job.source}/${job.flags}`, attack: describeAttack(job.attacks[a]!), ms: 'hung' });
          runs++;
          void worker.terminate().then(() => {
            resolve(a + 1 < job.attacks.length ? [j, a + 1] : j + 1 < jobs.length ? [j + 1, 0] : null);
          });
        }
      }, 50);
      worker.on('message', (msg: { done: true } | { job: number; times: [number, number][] }) => {
        if ('done' in msg) {
          clearInterval(timer);
          void worker.terminate().then(() => resolve(null));
          return;
        }
        const job = jobs[msg.job]!;
        for (const [a, ms] of msg.times) {
          runs++;
          const attack = describeAttack(job.attacks[a]!);
          if (!slowest || ms > slowest.ms) slowest = { where: job.where, attack, ms };
          if (ms > limitMs) failures.push({ where: job.where, regex: `/${job.source}/${job.flags}`, attack, ms: Math.round(ms) });
        }
      });
      worker.on('error', (error) => {
        clearInterval(timer);
        reject(error);
      });
    });
  }
  return { failures, runs, slowest };
}

function formatRuntimeFailure(f: RuntimeFailure): string {
  const took = f.ms === 'hung' ? 'did not finish (killed)' : `took ${f.ms} ms`;
  return `${f.where} ${f.regex} ${took} on ${f.attack}`;
}

// ---------------------------------------------------------------------------------------------
// Tests

describe('regex safety of src/**/*.ts', () => {
  const collected = collectAll();
  const findings = collected.literals.map((site) => ({ site, findings: analyseSite(site) }));

  it('finds the regexes of the sources', () => {
    // A floor, not an exact count: it only guards against the collector silently finding nothing.
    expect(collected.literals.length).toBeGreaterThan(100);
    expect(collected.literals.some((l) => l.file === 'src/formats/brat.ts')).toBe(true);
  });

  it('builds no regex from input', () => {
    const message = collected.problems.map((p) => `${p.where} ${p.code}: ${p.reason}`).join('\n');
    expect(collected.problems, message).toEqual([]);
  });

  it('has no super-linear backtracking or move (scslre), except justified false positives', () => {
    const all = findings.flatMap((f) => f.findings);
    const reported = all.filter((f) => !isAllowed(f)).map(formatFinding);
    expect(reported, `super-linear regexes:\n${reported.join('\n')}`).toEqual([]);
    expect(all.filter((f) => f.exponential && isAllowed(f)).map(formatFinding), 'exponential backtracking is never allowed').toEqual([]);
    const stale = ALLOWED_REPORTS.filter((a) => !all.some((f) => f.site.file === a.file && f.site.pattern === a.pattern));
    expect(stale, 'ALLOWED_REPORTS entries that match no report any more: remove them').toEqual([]);
  });

  it(`runs every regex on ~100 kB adversarial strings within ${RUN_LIMIT_MS} ms each`, async () => {
    const jobs = findings.map(({ site, findings: own }) => runtimeJob(site, own));
    // Every allowed report's attack is part of its regex's runtime job.
    for (const { site, findings: own } of findings) {
      const job = jobs.find((j) => j.where === site.where && j.source === site.pattern)!;
      for (const f of own) expect(job.attacks.some((a) => a.unit === f.attackChar), site.where).toBe(true);
    }
    const t0 = performance.now();
    const { failures, runs, slowest } = await runtimeCheck(jobs);
    const total = performance.now() - t0;
    console.info(`regex runtime check: ${jobs.length} regexes, ${runs} runs of ~${ATTACK_LENGTH / 1000} kB in `
      + `${Math.round(total)} ms; slowest ${slowest ? `${slowest.ms.toFixed(1)} ms (${slowest.where} on ${slowest.attack})` : '-'}`);
    const message = failures.map(formatRuntimeFailure).join('\n');
    expect(failures, `regexes too slow on adversarial input:\n${message}`).toEqual([]);
  }, 120_000);

  describe('self-check: the checks can fail', () => {
    const snippet = [
      'export const EVIL = /^(a+)+$/;',
      'export function f(userInput: string): RegExp {',
      '  return new RegExp(userInput, "g");',
      '}',
    ].join('\n');
    const c = collectRegexes('inline.ts', snippet);

    it('collects the literal and flags the regex built from input', () => {
      expect(c.literals).toEqual([{ where: 'inline.ts:1', file: 'inline.ts', pattern: '^(a+)+$', flags: '' }]);
      expect(c.problems.map((p) => p.where)).toEqual(['inline.ts:3']);
      expect(c.problems[0]!.reason).toMatch(/regexes must not be built from input/);
    });

    it('reports /^(a+)+$/ as exponential backtracking', () => {
      const reports = analyseSite(c.literals[0]!);
      expect(reports.length).toBeGreaterThan(0);
      expect(reports.some((r) => r.exponential && !isAllowed(r))).toBe(true);
      expect(formatFinding(reports[0]!)).toMatch(/^inline\.ts:1 \/\^\(a\+\)\+\$\/: EXPONENTIAL/);
    });

    it('kills and reports /^(a+)+$/ at run time', async () => {
      const site = c.literals[0]!;
      const job = runtimeJob(site, analyseSite(site));
      const { failures } = await runtimeCheck([{ ...job, attacks: job.attacks.filter((a) => a.unit === 'a') }], { hangMs: 1_000 });
      expect(failures.length).toBeGreaterThan(0);
      expect(failures[0]!.where).toBe('inline.ts:1');
    }, 30_000);
  });
});
