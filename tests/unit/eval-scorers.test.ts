import { describe, expect, it } from 'vitest';
import { polnearContent, polnearCue, univocal } from '../../src/eval/polnear-conventions.js';
import { scoreAttribution, type AttributionItem } from '../../src/eval/attribution.js';
import { matchOneToOne, prf } from '../../src/eval/metrics.js';
import { scoreQuantities, unitLemma, type QuantityItem } from '../../src/eval/quantities.js';
import { scoreTimes } from '../../src/eval/times.js';
import { changeOf, quantityItems, unitNames } from '../../src/eval/systems/claimkit.js';
import { extract } from '../../src/extract.js';
import { isSpeechCue } from '../../src/eval/run.js';

const span = (start: number, end: number) => ({ start, end });

describe('prf', () => {
  it('computes P/R/F1 and handles the empty cases', () => {
    expect(prf({ tp: 2, predicted: 4, gold: 2 })).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
    expect(prf({ tp: 0, predicted: 0, gold: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
    expect(prf({ tp: 0, predicted: 0, gold: 3 })).toEqual({ p: 0, r: 0, f1: 0 });
    expect(prf({ tp: 0, predicted: 2, gold: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('matchOneToOne', () => {
  it('takes exact matches first, then the largest overlaps, each item once', () => {
    const gold = [span(0, 10), span(20, 30)];
    const predicted = [span(5, 25), span(0, 10), span(22, 28)];
    expect(matchOneToOne(gold, predicted, () => true)).toEqual([
      { gold: 0, predicted: 1, exact: true },
      { gold: 1, predicted: 2, exact: false },
    ]);
  });
});

describe('attribution scorer', () => {
  // Offsets are hand-placed on this text: "Ann"=0-3, "said"=4-8, "that prices rose sharply"=9-33,
  // "Bob"=35-38, "she"=40-43, "argued"=44-50, "is wrong"=52-60.
  const text = 'Ann said that prices rose sharply. Bob, she argued, is wrong.';
  const gold: AttributionItem[] = [
    { source: span(0, 3), cue: span(4, 8), content: [span(9, 33)], speech: true },
    { source: span(40, 43), cue: span(44, 50), content: [span(35, 38), span(52, 60)], speech: true },
  ];

  it('scores exact spans, content by fragments', () => {
    const predicted: AttributionItem[] = [
      { source: span(0, 3), cue: span(4, 8), content: [span(14, 33)], speech: true },
      { source: span(40, 43), cue: span(44, 50), content: [span(35, 38), span(52, 60)], speech: true },
    ];
    const r = scoreAttribution([{ text, gold, predicted }]);
    expect(r.source.exact).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.cue.exact).toEqual({ p: 1, r: 1, f1: 1 });
    // 3 gold fragments, 3 predicted; 2 identical.
    expect(r.content.exact.p).toBeCloseTo(2 / 3);
    expect(r.content.exact.r).toBeCloseTo(2 / 3);
    // "prices rose sharply" covers 19 of the 24 characters of "that prices rose sharply" (over 30%).
    expect(r.content.overlap).toEqual({ p: 1, r: 1, f1: 1 });
    // Gold has 7 content tokens (4 + 1 + 2); the prediction has 6 of them and nothing else: "that" is missed.
    expect(r.content.token.p).toBe(1);
    expect(r.content.token.r).toBeCloseTo(6 / 7);
    expect(r.docs).toBe(1);
    expect(r.gold).toBe(2);
    expect(r.predicted).toBe(2);
  });

  it('counts token overlap over all tokens', () => {
    // Gold source "Ann" (1 token); predicted "Ann said" (2 tokens): P 1/2, R 1/1.
    const r = scoreAttribution([{ text, gold: [gold[0]!], predicted: [{ source: span(0, 8), cue: null, content: [], speech: true }] }]);
    expect(r.source.token.p).toBeCloseTo(0.5);
    expect(r.source.token.r).toBeCloseTo(1);
    expect(r.source.exact.f1).toBe(0);
    // "Ann said" covers all of "Ann": at least 30% of the gold span.
    expect(r.source.overlap).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.cue.exact).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('needs 30% of the gold span for an overlap match, one prediction per gold span', () => {
    const long = { source: null, cue: null, content: [span(9, 33)], speech: false };
    const short = (s: number, e: number) => ({ source: null, cue: null, content: [span(s, e)], speech: false });
    expect(scoreAttribution([{ text, gold: [long], predicted: [short(9, 13)] }]).content.overlap.r).toBe(0);
    const two = scoreAttribution([{ text, gold: [long], predicted: [short(9, 25), short(14, 33)] }]);
    expect(two.content.overlap).toMatchObject({ p: 0.5, r: 1 });
  });

  it('scores the speech-cue subset separately', () => {
    const belief = { source: span(0, 3), cue: span(4, 8), content: [span(9, 33)], speech: false };
    const r = scoreAttribution([{ text, gold: [belief], predicted: [] }]);
    expect(r.cue.exact.r).toBe(0);
    expect(r.speech.cue.exact).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('tells speech cues by their verb or "according to"', () => {
    expect(isSpeechCue('said')).toBe(true);
    expect(isSpeechCue('has repeatedly told')).toBe(true);
    expect(isSpeechCue('According to')).toBe(true);
    expect(isSpeechCue('believes')).toBe(false);
    expect(isSpeechCue(':')).toBe(false);
  });
});

describe('time scorer', () => {
  const gold = [
    { ...span(0, 10), type: 'DATE', value: '2025-11-09' },
    { ...span(20, 30), type: 'DURATION', value: 'P1Y' },
    { ...span(40, 45), type: 'DATE', value: '2025' },
  ];

  it('gives strict, relaxed and value F1 and type accuracy', () => {
    const predicted = [
      { ...span(0, 10), type: 'DATE', value: '2025-11-09' }, // exact, right value
      { ...span(18, 30), type: 'DURATION', value: 'P2Y' }, // overlap, wrong value
      { ...span(50, 55), type: 'DATE', value: '2024' }, // spurious
    ];
    const r = scoreTimes([{ gold, predicted }]);
    expect(r.strict).toMatchObject({ p: 1 / 3, r: 1 / 3 });
    expect(r.relaxed).toMatchObject({ p: 2 / 3, r: 2 / 3 });
    expect(r.value).toMatchObject({ p: 1 / 3, r: 1 / 3 });
    expect(r.typeAccuracy).toBe(1);
  });

  it('handles documents with nothing to find and nothing found', () => {
    const r = scoreTimes([{ gold: [], predicted: [] }]);
    expect(r.relaxed).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.typeAccuracy).toBe(0);
  });
});

describe('quantity scorer', () => {
  const q = (value: number | null, range: [number, number] | null, units: string[], change: QuantityItem['change'] = '='): QuantityItem => ({ value, range, units, change });

  it('matches values and ranges one to one, then units and changes', () => {
    const gold = [q(21600, null, ['soldiers', 'soldier']), q(null, [15000, 18000], ['deserters', 'deserter']), q(230000, null, ['criminal cases', 'criminal case'], '>')];
    const predicted = [q(21600, null, ['soldiers']), q(null, [15000, 18000], ['people']), q(230000, null, ['criminal cases'], '='), q(2022, null, [])];
    const r = scoreQuantities([{ gold, predicted }]);
    expect(r.value).toMatchObject({ p: 3 / 4, r: 1 });
    expect(r.valueUnit).toMatchObject({ p: 2 / 4, r: 2 / 3 });
    expect(r.valueChange).toMatchObject({ p: 2 / 4, r: 2 / 3 });
    expect(r.sentences).toBe(1);
  });

  it('does not match a range to a single value, and matches each prediction once', () => {
    const r = scoreQuantities([{ gold: [q(15000, null, []), q(15000, null, [])], predicted: [q(null, [15000, 18000], []), q(15000, null, [])] }]);
    expect(r.value).toMatchObject({ p: 0.5, r: 0.5 });
  });

  it('lemmatises units and maps ours onto CQE names', () => {
    expect(unitLemma('Criminal Cases')).toBe('criminal case');
    expect(unitLemma('miles per hour')).toBe('mile per hour');
    expect(unitLemma('companies')).toBe('company');
    expect(unitNames('GBP')).toContain('pound sterling');
    expect(unitNames('%')).toContain('percentage');
  });

  it('maps bound, approximation and trend onto CQE changes: bound first, then a trend that is the size of the change', () => {
    const base = { id: 'q1', span: { start: 0, end: 1, text: '1' }, value: 1, range: null, unit: null, kind: 'count' as const, rate: null, per: null, from: null };
    const none = { trend: null, trendOf: null };
    expect(changeOf({ ...base, ...none, bound: '=', approximate: false })).toBe('=');
    expect(changeOf({ ...base, ...none, bound: '~', approximate: true })).toBe('~');
    expect(changeOf({ ...base, ...none, bound: '>=', approximate: false })).toBe('>');
    expect(changeOf({ ...base, ...none, bound: '<=', approximate: false })).toBe('<');
    expect(changeOf({ ...base, bound: '>', approximate: false, trend: 'up', trendOf: 'amount' })).toBe('>');
    expect(changeOf({ ...base, bound: '=', approximate: false, trend: 'down', trendOf: 'amount' })).toBe('down');
    expect(changeOf({ ...base, bound: '=', approximate: false, trend: 'up', trendOf: 'level' })).toBe('=');
  });

  it('counts amounts of time written with a number as quantities, not "a century" or "the year"', () => {
    const items = (text: string) => quantityItems(extract(text, { referenceDate: '2024-05-01' }));
    expect(items('The talks lasted five years.')).toEqual([{ value: 5, range: null, units: ['year'], change: '=' }]);
    expect(items('The firm has traded for more than a century.')).toEqual([]);
    expect(items('Output rose over the year to March.')).toEqual([]);
  });

  it('maps an average to CQE\'s "~", as CQE\'s bound lexicon does, and leaves other figures alone', () => {
    const changes = (text: string) => quantityItems(extract(text)).map((i) => i.change);
    expect(changes('The guard is averaging 14.2 points a game.')).toEqual(['~']);
    expect(changes('The guard scored 14 points.')).toEqual(['=']);
  });
});

describe('PolNeAR boundary conventions', () => {
  const cueIn = (text: string, word: string) => {
    const start = text.indexOf(word);
    const moved = polnearCue(text, { start, end: start + word.length });
    return text.slice(moved.start, moved.end);
  };
  it('give the cue its auxiliaries, negation, adverbs and a colon', () => {
    expect(cueIn('She has also said: no.', 'said')).toBe('has also said:');
    expect(cueIn('He aggressively attacked the plan.', 'attacked')).toBe('aggressively attacked');
    expect(cueIn('Officials did not say it.', 'say')).toBe('did not say');
    // A noun in -ly is not an adverb.
    expect(cueIn('The family said it.', 'said')).toBe('said');
    // A contraction on the subject before a verb is the cue's auxiliary; a possessive before a noun is not.
    expect(cueIn('He’s also claiming the pier is safe.', 'claiming')).toBe('’s also claiming');
    expect(cueIn("I've said it before.", 'said')).toBe("'ve said");
    expect(cueIn('The mayor’s claim was false.', 'claim')).toBe('claim');
  });
  it('give the content its "that"', () => {
    const text = 'He said that it rained.';
    const start = text.indexOf('it');
    expect(polnearContent(text, { start, end: text.length - 1 })).toEqual({ start: start - 5, end: text.length - 1 });
    const aside = 'He said that, if re-elected, he would stay.';
    const from = aside.indexOf('if');
    expect(aside.slice(polnearContent(aside, { start: from, end: aside.length - 1 }).start)).toBe('that, if re-elected, he would stay.');
  });
  it('keep only the outer of nested attributions, as a univocal corpus can mark them', () => {
    // "Holt said he believed the pier was safe."
    const said = { id: 'said', cue: { start: 5, end: 9 }, content: [{ start: 10, end: 38 }] };
    const believed = { id: 'believed', cue: { start: 13, end: 21 }, content: [{ start: 22, end: 38 }] };
    const other = { id: 'other', cue: { start: 40, end: 44 }, content: [{ start: 45, end: 60 }] };
    expect(univocal([said, believed, other]).map((a) => a.id)).toEqual(['said', 'other']);
    // Two cues inside each other's content (an inverted cue in a long content): the first one stays.
    const first = { id: 'first', cue: { start: 0, end: 4 }, content: [{ start: 5, end: 50 }] };
    const second = { id: 'second', cue: { start: 20, end: 24 }, content: [{ start: 0, end: 19 }] };
    expect(univocal([second, first]).map((a) => a.id)).toEqual(['first']);
    // Attributions without a cue are never inside another.
    expect(univocal([{ id: 'x', cue: null, content: [{ start: 0, end: 5 }] }, said]).map((a) => a.id)).toEqual(['x', 'said']);
  });
});
