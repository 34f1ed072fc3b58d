import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { buildLexicons } from '../../src/lexicons.js';
import { createDraft } from '../../src/pipeline/draft.js';
import { segmentStage } from '../../src/stages/segment/index.js';

const REF = '2025-11-12'; // a Wednesday

/** Sentences and quotations of a text, as the segment stage sees them. */
function segment(text: string) {
  const draft = createDraft(text, { id: 't', title: null, url: null, source: { path: null, format: 'text', sha256: null, record: null } }, { value: null, origin: 'none' }, buildLexicons());
  segmentStage.run(draft);
  return {
    sentences: draft.sentences.map((s) => text.slice(s.start, s.end)),
    quotations: draft.quotations.map((q) => q.pieces.map((p) => text.slice(p.start, p.end))),
  };
}

describe('segment', () => {
  it.each([
    ['He said, "I think therefore I am." I think Descartes is wrong.', 2],
    ['We added 400 mg. I have copied the notes.', 2],
    ['The U.S. Dept. of Labor said so. Then it stopped.', 2],
    ['The U.S. President spoke.', 1],
    ['"We will win. Nobody can stop us," she said. Then she left.', 2],
    ['Dr. A. B. Cohen arrived on Nov. 9 at noon.', 1],
    ['It rose 5%. Mr. Smith left.', 2],
    ['Line one without a stop\nLine two is a new paragraph.', 2],
  ])('%j has %i sentence(s)', (text, n) => {
    expect(segment(text).sentences).toHaveLength(n);
  });

  it('pairs curly, straight and nested quotation marks, and not apostrophes', () => {
    expect(segment('“Don’t,” he said. "It’s ‘fine’," she said. The soldiers’ posts.').quotations).toEqual([['“Don’t,”'], ['"It’s ‘fine’,"'], ['‘fine’']]);
  });

  it('drops a stray straight mark left open before a curly quotation', () => {
    expect(segment('"The ferry was late. “We waited an hour,” she said.').quotations).toEqual([['“We waited an hour,”']]);
  });

  it('reads a closing curly mark that opens a paragraph as an opening one', () => {
    expect(segment('Intro line.\n\n”The ferry is late again,” she said.').quotations).toEqual([['”The ferry is late again,”']]);
    expect(segment('”Late,” she said.').quotations).toEqual([['”Late,”']]);
  });

  it('continues a quotation over paragraphs that open with a quotation mark', () => {
    expect(segment('She said: "First part.\n\n"Second part."\n\nAfter.').quotations).toEqual([['"First part.', '"Second part."']]);
  });
});

/** The times of a sentence: [text, type, value, mod]. */
const times = (text: string, referenceDate: string | null = REF) =>
  extract(text, referenceDate ? { referenceDate } : {}).times.map((t) => [t.span.text, t.type, t.value, t.mod]);

describe('times', () => {
  it.each([
    ['He spoke on Friday.', [['Friday', 'DATE', '2025-11-07', null]]],
    ['He will speak on Friday.', [['Friday', 'DATE', '2025-11-14', null]]],
    ['It opened in May.', [['May', 'DATE', '2025-05', null]]],
    ['It opened in February.', [['February', 'DATE', '2025-02', null]]],
    ['It closed in January, a month ago.', [['January', 'DATE', '2025-01', null], ['a month ago', 'DATE', '2025-10', null]]],
    ['It will open in December.', [['December', 'DATE', '2025-12', null]]],
    ['Sales fell last year and will rise next month.', [['last year', 'DATE', '2024', null], ['next month', 'DATE', '2025-12', null]]],
    ['The law passed two years ago.', [['two years ago', 'DATE', '2023', null]]],
    ['On March 3, 2021, it rained. The previous day was dry.', [['March 3, 2021', 'DATE', '2021-03-03', null], ['The previous day', 'DATE', '2021-03-02', null]]],
    ['Prices were high in the 1990s and in mid-2024.', [['the 1990s', 'DATE', '199', null], ['mid-2024', 'DATE', '2024', 'MID']]],
    ['Profits rose in the third quarter and in Q2 2024.', [['the third quarter', 'DATE', '2025-Q3', null], ['Q2 2024', 'DATE', '2024-Q2', null]]],
    ['Bins are emptied every two weeks; reports come monthly.', [['every two weeks', 'SET', 'P2W', null], ['monthly', 'SET', 'P1M', null]]],
    ['The meeting starts at 10:30 a.m. and lasts 90 minutes.', [['10:30 a.m.', 'TIME', '2025-11-12T10:30', null], ['90 minutes', 'DURATION', 'PT90M', null]]],
    ['Rates may rise to 15,000 to 18,000 at 5 percent.', []],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it('gives "since" and "until" intervals up to or from the reference date', () => {
    const doc = extract('Since February 2022 and until the end of the year, prices rose.', { referenceDate: REF });
    expect(doc.times.map((t) => [t.span.text, t.interval])).toEqual([
      ['February 2022', { start: '2022-02', end: '2025-11-12' }],
      ['the end of the year', { start: '2025-11-12', end: '2025-12-31' }],
    ]);
  });

  it.each([
    ['Sales rose between March and May.', [['March', '2025-03', { start: '2025-03', end: '2025-05' }], ['May', '2025-05', { start: '2025-03', end: '2025-05' }]]],
    ['Output grew from 2019 to 2021.', [['2019', '2019', { start: '2019', end: '2021' }], ['2021', '2021', { start: '2019', end: '2021' }]]],
    ['Prices fell from May until July 2024.', [['May', '2024-05', { start: '2024-05', end: '2024-07' }], ['July 2024', '2024-07', { start: '2024-05', end: '2024-07' }]]],
    ['Prices fell from November to February 2024.', [['November', '2023-11', { start: '2023-11', end: '2024-02' }], ['February 2024', '2024-02', { start: '2023-11', end: '2024-02' }]]],
    ['He served 2003 – 2004.', [['2003', '2003', { start: '2003', end: '2004' }], ['2004', '2004', { start: '2003', end: '2004' }]]],
    ['He served 2003–2004.', [['2003–2004', 'P1Y', { start: '2003', end: '2004' }]]],
    ['The show ran 1990-2001.', [['1990-2001', 'P11Y', { start: '1990', end: '2001' }]]],
    ['The 2004-05 season was long.', [['2004-05', 'P1Y', { start: '2004', end: '2005' }]]],
    ['In March and May, prices rose.', [['March', '2025-03', null], ['May', '2025-05', null]]],
  ])('gives ranges an interval: %s', (text, expected) => {
    const doc = extract(text, { referenceDate: REF });
    expect(doc.times.map((t) => [t.span.text, t.value, t.interval])).toEqual(expected);
  });

  it('keeps unknown years unknown without a reference date', () => {
    expect(times('On November 9th, last year and on Friday.', null)).toEqual([
      ['November 9th', 'DATE', 'XXXX-11-09', null],
      ['last year', 'DATE', 'XXXX', null],
      ['Friday', 'DATE', 'XXXX-WXX-5', null],
    ]);
  });

  // Found by tests/fuzz.test.ts: values TIMEX3 cannot hold.
  it('writes durations in plain digits, never in exponent notation', () => {
    expect(times('It lasted 0.0000001 weeks and 99999999999999999999999 years.')).toEqual([
      ['0.0000001 weeks', 'DURATION', 'P0.0000001W', null],
      ['99999999999999999999999 years', 'DURATION', 'P100000000000000000000000Y', null],
    ]);
    expect(times(`It lasted 1${'0'.repeat(400)} years.`).map((t) => t[2])).toEqual(['PXY']);
  });

  it.each([
    ['The city was founded 3000 years ago.', 'PAST_REF'],
    ['It ended 999999999999 days ago.', 'PAST_REF'],
    ['It began 99999999 months ago.', 'PAST_REF'],
    ['It began 30000 quarters ago.', 'PAST_REF'],
    ['It began 300 decades ago.', 'PAST_REF'],
    ['It began 30 centuries ago.', 'PAST_REF'],
    ['On 9999-12-31 it ended. The following month was calm.', 'FUTURE_REF'],
    ['On 9999-12-31 it ended. Three days later it began again.', 'FUTURE_REF'],
  ])('gives a vague past or future to a shift beyond year 0 or 9999: %s', (text, value) => {
    expect(times(text).at(-1)?.[2]).toBe(value);
  });

  it('gives the vague future to times past year 9999 from a dateline in 9999', () => {
    expect(times('9999-12-31\nIt will open at Easter, in January and on Friday, January 3. The following year will be calm.', null).map((t) => t[2])).toEqual([
      '9999-12-31',
      'FUTURE_REF',
      'FUTURE_REF',
      'FUTURE_REF',
      'FUTURE_REF',
    ]);
  });

  it('counts days in the years 0–99 as themselves, not as 1900–1999', () => {
    expect(times('On 0001-01-01 it began. The previous year was dry. The previous day it rained.').map((t) => t[2])).toEqual(['0001-01-01', '0000', '0000-12-31']);
    expect(times('On 0004-02-29 it began. Two weeks later it ended.').map((t) => t[2])).toEqual(['0004-02-29', '0004-03-14']);
  });
});

/** The quantities of a sentence: [text, value, range, bound, approximate, unit, kind]. */
const quantities = (text: string) =>
  extract(text, { referenceDate: REF }).quantities.map((q) => [q.span.text, q.value, q.range, q.bound, q.approximate, q.unit, q.kind]);

describe('quantities', () => {
  it.each([
    ['The deal is worth £15.8m.', [['£15.8m', 15800000, null, '=', false, 'GBP', 'money']]],
    ['It raised $2bn.', [['$2bn', 2000000000, null, '=', false, 'USD', 'money']]],
    ['Turnout was 12 per cent.', [['12 per cent', 12, null, '=', false, '%', 'percent']]],
    ['It took between 5 and 10 people.', [['5 and 10 people', null, { low: 5, high: 10 }, '=', false, 'people', 'count']]],
    ['Support rose 5-10%.', [['5-10%', null, { low: 5, high: 10 }, '=', false, '%', 'percent']]],
    ['About 300 people came.', [['About 300 people', 300, null, '~', true, 'people', 'count']]],
    ['At least 40 tonnes fell.', [['At least 40 tonnes', 40, null, '>=', false, 't', 'measure']]],
    ['Two million voters stayed home.', [['Two million voters', 2000000, null, '=', false, 'voters', 'count']]],
    ['Fewer than 20 cases were found.', [['Fewer than 20 cases', 20, null, '<', false, 'cases', 'count']]],
    ['She bought a dozen eggs.', [['a dozen eggs', 12, null, '=', false, 'eggs', 'count']]],
    ['It happened in 2022, on November 9th, in its fourth year.', []],
  ])('%s', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });

  it('reads rates and trends', () => {
    const [q] = extract('Exports climbed to 5,000 tonnes each month.', { referenceDate: REF }).quantities;
    expect(q).toMatchObject({ value: 5000, unit: 't', rate: 'P1M', trend: 'up' });
  });
});

/** Claims of a text: [kind, cue, source mention, source name, content fragments]. */
const claims = (text: string) =>
  extract(text, { referenceDate: REF }).claims.map((c) => [c.kind, c.cue?.text ?? null, c.source?.mention?.text ?? null, c.source?.name ?? null, c.content.fragments.map((f) => f.text)]);

describe('attribution', () => {
  it.each([
    ['Prices will rise, the minister said.', [['indirect', 'said', 'the minister', 'the minister', ['Prices will rise']]]],
    ['"Yes," said Anna Smith.', [['direct', 'said', 'Anna Smith', 'Anna Smith', ['"Yes,"']]]],
    ['According to police, three people died.', [['according-to', 'According to', 'police', 'police', ['three people died']]]],
    ['Critics say the plan will fail.', [['indirect', 'say', 'Critics', 'Critics', ['the plan will fail']]]],
    ['Officials, who asked not to be named, said the talks had stalled.', [['indirect', 'said', 'Officials', 'Officials', ['the talks had stalled']]]],
    ['The report was written by staff.', []],
    // Accounting is not writing.
    ['The deal lets the lender write off bad loans.', []],
    // In subject position the clause's end cannot be told: no nominal cue.
    ['Holt’s claim that the pier was safe proved false.', []],
    // A wish for anonymity reports nothing.
    ['"The pier is a disgrace," said one ferryman, who did not want to be named.', [['direct', 'said', 'one ferryman', 'one ferryman', ['"The pier is a disgrace,"']]]],
    // A question or exclamation ends the sentence inside the quotation; the cue follows alone.
    ['“Can we win?” Okafor said.', [['direct', 'said', 'Okafor', 'Okafor', ['“Can we win?”']]]],
    ['“What next?” Okafor said the council would focus on roads.', [['indirect', 'said', 'Okafor', 'Okafor', ['the council would focus on roads']]]],
    // A bracket or an appositive between the speaker after a quotation and the cue.
    ['“We will win,” Rep. Dana Holt (D-Ore.) said Friday.', [['direct', 'said', 'Rep. Dana Holt', 'Dana Holt', ['“We will win,”']]]],
    ['“We will win,” Mara Lind, the attorney general of Nevada, said.', [['direct', 'said', 'Mara Lind', 'Mara Lind', ['“We will win,”']]]],
    // A country stands for its government.
    ['Norway said it was opposed to the plan.', [['indirect', 'said', 'Norway', 'Norway', ['it was opposed to the plan']]]],
    // Any phrase is the listener of "told" when a reported clause follows it; "told a story" reports none.
    ['Okafor told the forum she was against the toll.', [['indirect', 'told', 'Okafor', 'Okafor', ['she was against the toll']]]],
    ['She told a story about her father.', []],
    ['The numbers tell a story, but they are only part of it.', []],
    // An -ing cue the tagger reads as an adjective, before an infinitive; not the adjective itself.
    ['Okafor spoke to farmers, promising to cut fees.', [['indirect', 'promising', 'Okafor', 'Okafor', ['to cut fees']]]],
    ['It is a promising start.', []],
    // An adjunct of time or occasion ends a noun-phrase content.
    ['Okafor criticised the plan during the hearing.', [['indirect', 'criticised', 'Okafor', 'Okafor', ['the plan']]]],
    // "and" and a verb after a noun-phrase content start a second predicate of the subject, but
    // go on inside an infinitive, and a passive participle after "and" is no predicate.
    ['The senator criticised the ferry contracts and called for a new vote.', [
      ['indirect', 'criticised', 'The senator', 'The senator', ['the ferry contracts']],
      ['indirect', 'called for', 'The senator', 'The senator', ['a new vote']],
    ]],
    ['The towns agreed to pool their budgets and hire one engineer.', [['indirect', 'agreed', 'The towns', 'The towns', ['to pool their budgets and hire one engineer']]]],
    ['Okafor called the report sloppy and padded by consultants.', [['indirect', 'called', 'Okafor', 'Okafor', ['the report sloppy and padded by consultants']]]],
    // Inside an infinitive too, "and" or "but", adverbs and auxiliaries, then a reporting verb is
    // a second cue of the subject; after a clause with its own subject, it stays that clause's.
    ['The harbour master urged ferry firms to cut fares but has said she will not force them.', [
      ['indirect', 'urged', 'The harbour master', 'The harbour master', ['ferry firms to cut fares']],
      ['indirect', 'said', 'The harbour master', 'The harbour master', ['she will not force them']],
    ]],
    // Two noun phrases joined by "and" opening a reported clause are one subject: the content
    // is not cut before the second.
    ['Ruiz said the harbour board and its partners will propose higher fares.', [
      ['indirect', 'said', 'Ruiz', 'Ruiz', ['the harbour board and its partners will propose higher fares']],
      ['indirect', 'propose', 'its partners', 'its partners', ['higher fares']],
    ]],
    // "referring to" takes a noun phrase; an attribution inside the speaker's sentence does not
    // stop the next sentence's quotation going on with the speaker's words.
    ['“We remain open to talks,” Okafor said, referring to the harbour board. “Sadly, the board has chosen another path.”', [
      ['direct', 'said', 'Okafor', 'Okafor', ['“We remain open to talks,”', '“Sadly, the board has chosen another path.”']],
      ['indirect', 'referring to', 'Okafor', 'Okafor', ['the harbour board']],
    ]],
    // A sentence opening with "In" and a poll reports what the poll found; another opening does not.
    ['In a Harbour Gazette survey published on Tuesday, 62 percent of boatmen chose the ferry.', [['according-to', 'In', 'Harbour Gazette', 'Harbour Gazette', ['62 percent of boatmen chose the ferry']]]],
    ['In the harbour on Monday, 50 boats waited for the ferry.', [['unattributed', null, null, null, ['In the harbour on Monday, 50 boats waited for the ferry']]]],
    // The second half of a hyphenated adjective is no cue; "however" without commas between
    // subject and cue is skipped like an adverb.
    ['The self-described harbour socialist won.', []],
    ['Okafor however said he would welcome the ferry.', [['indirect', 'said', 'Okafor', 'Okafor', ['he would welcome the ferry']]]],
    // Plurals in -men are groups; "show up" is arriving, not showing.
    ['Most boatmen said the ferry is safe.', [['indirect', 'said', 'Most boatmen', 'Most boatmen', ['the ferry is safe']]]],
    ['Boatmen reliably show up for the ferry.', []],
    // "BE expected to": no source; the subject and the infinitive are what is expected.
    ['The harbour master is expected to speak at the pier tonight.', [['indirect', 'expected', null, null, ['The harbour master', 'to speak at the pier tonight']]]],
    // A semicolon ends a reported clause, unless it separates the items of a series.
    ['The pier board said fares would rise; the ferry firm has not replied.', [['indirect', 'said', 'The pier board', 'The pier board', ['fares would rise']]]],
    ['Okafor said she had sailed the route; rowed the bay; and swum the strait.', [['indirect', 'said', 'Okafor', 'Okafor', ['she had sailed the route; rowed the bay; and swum the strait']]]],
    ['Okafor said the pier firm had cut jobs and never told staff why.', [['indirect', 'said', 'Okafor', 'Okafor', ['the pier firm had cut jobs and never told staff why']]]],
    // A preposition that completes the cue joins it, not one that starts a time.
    ['The union called for an inquiry into the deaths.', [['indirect', 'called for', 'The union', 'The union', ['an inquiry into the deaths']]]],
    ['Critics warned of a recession.', [['indirect', 'warned of', 'Critics', 'Critics', ['a recession']]]],
    // An opening conjunction or discourse marker is not part of what was said.
    ['But the aim is not profit, he said.', [['indirect', 'said', 'he', 'he', ['the aim is not profit']]]],
    ['In addition, the council plans to publish the accounts, she said.', [['indirect', 'said', 'she', 'she', ['the council plans to publish the accounts']]]],
    // A quotation opening the next sentence goes on with the same speaker's words (PolNeAR's reading).
    ['“It is a sad day,” said Ana Ruiz. “We lost.” Then she left. “Nobody asked.”', [
      ['direct', 'said', 'Ana Ruiz', 'Ana Ruiz', ['“It is a sad day,”', '“We lost.”']],
      ['direct', null, null, 'Ana Ruiz', ['“Nobody asked.”']],
    ]],
    // Quantifiers and shares that stand for people are sources; a floating one leaves the pronoun.
    ['Some said the vote was rigged.', [['indirect', 'said', 'Some', 'Some', ['the vote was rigged']]]],
    ['Many believe the mayor will run again.', [['indirect', 'believe', 'Many', 'Many', ['the mayor will run again']]]],
    ['Six in 10 residents say the pier should reopen.', [['indirect', 'say', 'Six in 10 residents', 'Six in 10 residents', ['the pier should reopen']]]],
    // Documents and bodies as sources; a past form the tagger read as a noun, after its subject.
    ['Another slide shows that ferry fares rose.', [['indirect', 'shows', 'Another slide', 'Another slide', ['ferry fares rose']]]],
    ['Surveys show a tight race for the harbour seat.', [['indirect', 'show', 'Surveys', 'Surveys', ['a tight race for the harbour seat']]]],
    ['Fares rose every month, The Harbour Journal reports.', [['indirect', 'reports', 'The Harbour Journal', 'The Harbour Journal', ['Fares rose every month']]]],
    ['A review panel in 2019 found the harbour board had broken the lease.', [['indirect', 'found', 'A review panel', 'A review panel', ['the harbour board had broken the lease']]]],
    // A participle before the noun belongs to the phrase, after a preposition too; an adverb
    // bounding a number opening the phrase is part of it.
    ['Only 40 percent of registered boatmen said the ferry was late.', [['indirect', 'said', 'Only 40 percent of registered boatmen', 'Only 40 percent of registered boatmen', ['the ferry was late']]]],
    ['Leading engineers say the pier is sound.', [['indirect', 'say', 'Leading engineers', 'Leading engineers', ['the pier is sound']]]],
    ['Nearly six of 10 boatmen say they will sail.', [['indirect', 'say', 'Nearly six of 10 boatmen', 'Nearly six of 10 boatmen', ['they will sail']]]],
    ['They both said the plan failed.', [['indirect', 'said', 'They', 'They', ['the plan failed']]]],
    ['Someone believes the plan failed.', []],
    // "pointed to" takes a noun phrase, "pointed out" a clause.
    ['She pointed to figures that showed the pier was unsafe.', [['indirect', 'pointed to', 'She', 'She', ['figures that showed the pier was unsafe']]]],
    ['He pointed out that the pier was unsafe.', [['indirect', 'pointed out', 'He', 'He', ['the pier was unsafe']]]],
    // "seem" with nothing after it in its clause reports nothing; "that" before a verb is a subject.
    ['As odd as it may seem, Mr. Vane said the deal had helped him.', [['indirect', 'said', 'Mr. Vane', 'Vane', ['the deal had helped him']]]],
    ["The council's brief said that was not its view.", [['indirect', 'said', "The council's brief", "The council's brief", ['that was not its view']]]],
    // A connective set off by commas between the subject and the cue.
    ['Others, however, say the toll should stay.', [['indirect', 'say', 'Others', 'Others', ['the toll should stay']]]],
    ['Sources told the Ledger, however, that the mayor did join the calls.', [['indirect', 'told', 'Sources', 'Sources', ['the mayor did join the calls']]]],
    ['The expected result came late.', []],
    // A cue set off inside its sentence: a quotation after it is taken whole; a clause the writer
    // adds with "and" is not content; an opening "Asked ..." is a question of its own.
    ['The plan is sound, she said, “and it will work. We have the money.”', [['mixed', 'said', 'she', 'she', ['The plan is sound', '“and it will work. We have the money.”']]]],
    ['Repairs would take a month, he said, and the ferry could stay shut.', [['indirect', 'said', 'he', 'he', ['Repairs would take a month']]]],
    ['Asked to describe the new levy, Okafor said, “I will not get into that.”', [
      ['indirect', 'Asked', null, null, ['to describe the new levy']],
      ['direct', 'said', 'Okafor', 'Okafor', ['“I will not get into that.”']],
    ]],
    // A question put with "asked" and no subject: no source, the question up to its clause's comma.
    ['Asked on Monday whether the pier would reopen, the mayor said the survey was not finished.', [
      ['indirect', 'Asked', null, null, ['whether the pier would reopen']],
      ['indirect', 'said', 'the mayor', 'the mayor', ['the survey was not finished']],
    ]],
    ['The mayor smiled when asked about the budget.', [['indirect', 'asked about', null, null, ['the budget']]]],
    ['Asked if the vote was “fair,” most residents said yes.', [['indirect', 'Asked', null, null, ['if the vote was “fair,”']]]],
    ['She asked the clerk for the file.', []],
    ['Holt was asked whether the pier would reopen.', [['indirect', 'was asked', null, null, ['whether the pier would reopen']]]],
    // A request still to come is no question put.
    ['Fans are being asked to offset their travel.', []],
    ['Fans will be asked to offset their travel.', []],
    ['Holt was asked about the vote during a radio interview.', [['indirect', 'was asked about', null, null, ['the vote']]]],
    ['Holt was asked, “Will the ferry run on Sundays?”', [['direct', 'was asked', null, null, ['“Will the ferry run on Sundays?”']]]],
    // A short quotation inside the writer's sentence quotes a phrase; it is nobody's statement.
    ['“We lost,” said Ana Ruiz. The scheme is known in town as “the bridge to nowhere.”', [['direct', 'said', 'Ana Ruiz', 'Ana Ruiz', ['“We lost,”']]]],
    // Typewriter quotation marks ('') open a sentence after a full stop.
    ["He said so. ''I don't judge that,'' he said.", [['direct', 'said', 'he', 'he', ["''I don't judge that,''"]]]],
    // Words before a quotation in its sentence are part of what was said (a mixed quotation).
    ['The plan failed because “it was rushed,” she said.', [['mixed', 'said', 'she', 'she', ['The plan failed because “it was rushed,”']]]],
    ['Halvorsen told his listeners on Monday, “We won.”', [['direct', 'told', 'Halvorsen', 'Halvorsen', ['“We won.”']]]],
    // Typewriter marks closing a single quotation inside a double one ('' then ').
    ["''We called it a 'quiet fix,''' said Lina Moss, a harbour official.", [['direct', 'said', 'Lina Moss', 'Lina Moss', ["''We called it a 'quiet fix,'''"]]]],
    // A quotation split around its cue and a participle aside.
    ['“Each time you repeat that,” Kemp said, tapping the report, “you hand the critics a weapon.”', [['direct', 'said', 'Kemp', 'Kemp', ['“Each time you repeat that,”', '“you hand the critics a weapon.”']]]],
    // "continued" reports when a colon or a quotation follows it in the same sentence.
    ['Harlan continued: “The pier matters more than the budget.”', [['direct', 'continued', 'Harlan', 'Harlan', ['“The pier matters more than the budget.”']]]],
    ['Ruiz continued, “We will rebuild the pier by spring.”', [['direct', 'continued', 'Ruiz', 'Ruiz', ['“We will rebuild the pier by spring.”']]]],
    ['The rain continued, and the river rose.', []],
    ['“Frankly,” he continued, “the tolls are too high.”', [['direct', 'continued', 'he', 'he', ['“Frankly,”', '“the tolls are too high.”']]]],
    // A participle aside after the cue is not content; the quotation before is.
    ['“Can we win?” Okafor said, waving the report.', [['direct', 'said', 'Okafor', 'Okafor', ['“Can we win?”']]]],
    ['Okafor said, waving the report.', []],
    // After an inverted cue, a participle goes on with the content; a reporting one is the speaker's own.
    ['Fares will rise, the agency said on Monday, taking a ticket to £3.', [['indirect', 'said', 'the agency', 'the agency', ['Fares will rise', 'taking a ticket to £3']]]],
    ['Fares will rise, the agency said on Monday, citing higher costs.', [
      ['indirect', 'said', 'the agency', 'the agency', ['Fares will rise']],
      ['indirect', 'citing', 'the agency', 'the agency', ['higher costs']],
    ]],
    // Typewriter marks that wink splits as "'" + "'A".
    ["''A bridge will help,'' he said.", [['direct', 'said', 'he', 'he', ["''A bridge will help,''"]]]],
    // A quoted programme title is part of the listener.
    ['Okafor told Radio North’s “Early Shift” that nobody would question the budget.', [['indirect', 'told', 'Okafor', 'Okafor', ['nobody would question the budget']]]],
    // A page label or a heading before a colon is no speaker.
    ['Correction: The ferry timetable in this story was wrong.', []],
    ['Progress on Harbour Repairs: The council finished the north pier early.', []],
    // A speaker's turn in a transcript runs to the end of its paragraph.
    ['HOST: Let us start with the budget. Will it pass?\n\nMAYOR: No.', [['indirect', ':', 'HOST', 'HOST', ['Let us start with the budget. Will it pass']]]],
    // A speaker label in capitals opens a turn whatever the turn reports itself, and the turn is
    // not cut at a speaker inside it; a heading before a sentence that reports is no speaker.
    ['DORA HALE: Well, look, the pier board thinks the ferry is safe.', [
      ['indirect', ':', 'DORA HALE', 'DORA HALE', ['Well, look, the pier board thinks the ferry is safe']],
      ['indirect', 'thinks', 'the pier board', 'the pier board', ['the ferry is safe']],
    ]],
    ['Ferry Tolls: The harbour board says tolls will rise in spring.', [['indirect', 'says', 'The harbour board', 'The harbour board', ['tolls will rise in spring']]]],
    // A dash and a name after a quotation, with the next reader's quotation straight after it.
    ['“The pier must be rebuilt before the storms.” ― Dana Holt “Nobody rides the late ferry.” ― Sam Vane', [
      ['direct', '―', 'Dana Holt', 'Dana Holt', ['“The pier must be rebuilt before the storms.”']],
      ['direct', '―', 'Sam Vane', 'Sam Vane', ['“Nobody rides the late ferry.”']],
    ]],
    // Cues mined from PolNeAR's training split; an embedded question after a cue is its content.
    ['The ferry captain opined that the pier was too short.', [['indirect', 'opined', 'The ferry captain', 'The ferry captain', ['the pier was too short']]]],
    ['Okafor sided with the boatmen.', [['indirect', 'sided with', 'Okafor', 'Okafor', ['the boatmen']]]],
    ['The harbour master questioned whether the pier would last.', [['indirect', 'questioned', 'The harbour master', 'The harbour master', ['whether the pier would last']]]],
    ['Okafor wondered if the ferry would sail.', [['indirect', 'wondered', 'Okafor', 'Okafor', ['if the ferry would sail']]]],
    ['The pier notice reads that boats must moor by dark.', [['indirect', 'reads', 'The pier notice', 'The pier notice', ['boats must moor by dark']]]],
    // "about" or "into" right after a cue taking a noun phrase joins the cue, not before a
    // number; the object of a few cues joins them up to their preposition.
    ['Okafor bragged about the new tolls.', [['indirect', 'bragged about', 'Okafor', 'Okafor', ['the new tolls']]]],
    ['The board deemed about 40 berths unsafe.', [['indirect', 'deemed', 'The board', 'The board', ['about 40 berths unsafe']]]],
    ['Local boatmen hailed the new pier as a triumph of planning.', [['indirect', 'hailed the new pier as', 'Local boatmen', 'Local boatmen', ['a triumph of planning']]]],
    ['Boatmen voiced concern about the tolls.', [['indirect', 'voiced concern about', 'Boatmen', 'Boatmen', ['the tolls']]]],
    // A cue and a colon ending a paragraph introduce the next paragraph: its quotation, or all of
    // it when it holds none; "the following" is no speaker.
    ['The ferry was late.\n\nThe harbour master added:\n\n"We cannot keep the pier lit. The lamps are broken."', [
      ['direct', 'added', 'The harbour master', 'The harbour master', ['"We cannot keep the pier lit. The lamps are broken."']],
    ]],
    ['Okafor said:\n\nBoats must moor by dark. Nobody may fish from the pier.', [['indirect', 'said', 'Okafor', 'Okafor', ['Boats must moor by dark. Nobody may fish from the pier.']]]],
    ['The skipper made the following comment:\n\nThe tide tables for the harbour are wrong.', []],
    // A plural document noun and a cue word the tagger read as a noun, before the clause ends.
    ['The ferry was sold in 2010, records show.', [['indirect', 'show', 'records', 'records', ['The ferry was sold in 2010']]]],
    ['New filings show the pier firm has less money.', [['indirect', 'show', 'New filings', 'New filings', ['the pier firm has less money']]]],
    // An adverb between a cue and the comma before a quotation joins the cue.
    ['“The toll is fair,” Holt said, adding later, “We will cut it next year.”', [
      ['direct', 'said', 'Holt', 'Holt', ['“The toll is fair,”']],
      ['direct', 'adding later', 'Holt', 'Holt', ['“We will cut it next year.”']],
    ]],
    // A parenthetical cue may carry an adverb phrase (and its prepositional phrase) before its comma.
    ['These boatmen, Okafor explained earlier in the hearing, were well paid.', [['indirect', 'explained earlier in the hearing', 'Okafor', 'Okafor', ['These boatmen', 'were well paid']]]],
    // A role noun before a participle and its preposition is a subject; an infinitive inside a
    // content has no subject of its own; "agreed with" takes its preposition.
    ['The senator called for an inquiry into the pier.', [['indirect', 'called for', 'The senator', 'The senator', ['an inquiry into the pier']]]],
    ['The union called on boatmen to reject the toll.', [['indirect', 'called on', 'The union', 'The union', ['boatmen to reject the toll']]]],
    ['The judge agreed with the boatmen.', [['indirect', 'agreed with', 'The judge', 'The judge', ['the boatmen']]]],
    // A document finds a noun phrase too, up to the end of its clause; a person needs a clause.
    ['A 2014 study found 31 cases of fraud among ferry staff.', [['indirect', 'found', 'A 2014 study', 'A 2014 study', ['31 cases of fraud among ferry staff']]]],
    ['Holt found a seat on the ferry.', []],
    // The person asked is not part of the question.
    ['Holt asked the mayor whether the pier was safe.', [['indirect', 'asked', 'Holt', 'Holt', ['whether the pier was safe']]]],
    // "those" and a participle are people.
    ['Those surveyed say the pier is unsafe.', [['indirect', 'say', 'Those surveyed', 'Those surveyed', ['the pier is unsafe']]]],
    // A reporting participle after an inverted speaker is the speaker's own.
    ['“The pier is a danger,” said Holt, speaking of the old jetty.', [
      ['direct', 'said', 'Holt', 'Holt', ['“The pier is a danger,”']],
      ['indirect', 'speaking of', 'Holt', 'Holt', ['the old jetty']],
    ]],
    // A participle after a preposition's object qualifies the object: no cue.
    ['In a long message posted Friday, Okafor said the pier would reopen.', [['indirect', 'said', 'Okafor', 'Okafor', ['the pier would reopen']]]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // After the cue, a bracket and an appositive to the end of the sentence belong to the source.
    ['“We lost,” said Rep. Lena Park (D-Md.), the deputy leader of the caucus.', 'Rep. Lena Park (D-Md.), the deputy leader of the caucus'],
    ['The plan works, said Peter Vance, a lawyer for the River Trust.', 'Peter Vance, a lawyer for the River Trust'],
    ['“Yes,” said Anna Smith, adding that it was late.', 'Anna Smith'],
    // Before it: roles in front of the name, coordinated subjects; not a participle aside.
    ['Green party nominee Ida Brandt said the plan works.', 'Green party nominee Ida Brandt'],
    ['Federal and state officials said the plan works.', 'Federal and state officials'],
    ['President Ruiz, opening the museum on Saturday, said the plan works.', 'President Ruiz'],
    // What the tagger breaks after "according to" runs to the comma.
    ['According to exit polls, Brandt had a lead.', 'exit polls'],
    ['Prices rose, according to the left-leaning Budget Institute.', 'the left-leaning Budget Institute'],
    // "according to" names a source even when no word list knows it, with its modifiers.
    ['According to county rules, no stall may open before dawn.', 'county rules'],
    ['According to figures from a count run by the harbour office, traffic rose.', 'figures from a count run by the harbour office'],
    // An aside between dashes after the subject is part of the source as written.
    ['Vane — who runs the ferry but rarely sails — told the Gazette he is not planning an appeal.', 'Vane — who runs the ferry but rarely sails —'],
    // A relative clause whose verb reports only with its preposition ("spoke to") still belongs to the source.
    ['Boatmen who spoke to the council say the pier is unsafe.', 'Boatmen who spoke to the council'],
    // An aside opened by "like" or "including" between the subject and the cue is part of the source as written.
    ['Harbour engineers, like their ferry counterparts, say the pier is unsafe.', 'Harbour engineers, like their ferry counterparts,'],
    ['According to a 40-page complaint filed by the regional harbour authority last spring and a second complaint by the ferry union, the pier firm hid its losses.', 'a 40-page complaint filed by the regional harbour authority last spring and a second complaint by the ferry union'],
    // A share of people; a bracket and an appositive before the cue.
    ['However, 63 percent said the delay was justified.', '63 percent'],
    ['Rep. Tomas R. Vik (D-Vt.), chairman of the caucus, said members will help.', 'Rep. Tomas R. Vik (D-Vt.), chairman of the caucus,'],
    ['Rep. Ola Berg (R-Iowa), a budget panel member, said it was over.', 'Rep. Ola Berg (R-Iowa), a budget panel member,'],
    // A name opening the sentence with several asides before the cue; a "which" clause after an
    // earlier aside describes that aside and is left out (PolNeAR's convention).
    ['Lindqvist, 56, who has chaired the committee for a decade, told reporters it is clear.', 'Lindqvist, 56, who has chaired the committee for a decade,'],
    ['Ana Ruiz, head of the teachers union, which represents 9,000 staff, said pay must rise.', 'Ana Ruiz, head of the teachers union,'],
    // An appositive after a name, a determiner and modifier before an organisation's name.
    ['Senator Ida Brekke, Democrat of Oregon, said the levy would pass.', 'Senator Ida Brekke, Democrat of Oregon,'],
    ['The independent Commission on Harbour Safety says the pier is unsafe.', 'The independent Commission on Harbour Safety'],
    // A reduced relative with a long by-phrase and a time.
    ['A study released by the Northern Harbour Safety Board last month shows the pier is unsafe.', 'A study released by the Northern Harbour Safety Board last month'],
    // A statement phrase before the cue is not the source; a calendar word after a first name is
    // a surname, not "may"; a title abbreviation stays with its name.
    ['Rep. Ada Kim, the top Democrat on the panel, in a statement said the deal was fair.', 'Rep. Ada Kim, the top Democrat on the panel,'],
    ['Prime Minister Alda May said the talks were over.', 'Prime Minister Alda May'],
    ['The Rev. Peter Wall said the chapel would reopen.', 'The Rev. Peter Wall'],
    // A capitalised particle opens a surname, at the start of a sentence too.
    ['Van Dorn said the chapel would reopen.', 'Van Dorn'],
    // The phrase opening the sentence before a name between commas, and a list after "including",
    // belong to the source.
    ['A lawyer for the two papers, Ivo Lund, said the ruling was wrong.', 'A lawyer for the two papers, Ivo Lund,'],
    ['Supporters, including the Harbour Users Forum, have urged the council to act.', 'Supporters, including the Harbour Users Forum,'],
    // "advisers to", a participle before the noun, a long bracket as an aside.
    ['Advisers to Mayor Holm say the plan is fair.', 'Advisers to Mayor Holm'],
    ['Elected officials from both towns say the levy is fair.', 'Elected officials from both towns'],
    ['The latest Gazette/Harbour poll released Friday showed that the ferry was popular.', 'The latest Gazette/Harbour poll released Friday'],
    ['A Gazette analysis of newly filed accounts shows that ferry fares rose.', 'A Gazette analysis of newly filed accounts'],
    ['Mr. Lund (a view shared by most of his peers) said the levy was fair.', 'Mr. Lund'],
    // "Both" is not part of the source.
    ['Both Mr. Kane and Mr. Shaw say the network is fair.', 'Mr. Kane and Mr. Shaw'],
    // Two noun phrases joined by "and" opening the sentence are one subject.
    ['The Valley Courier and the Harbour Gazette argued the rule was vague.', 'The Valley Courier and the Harbour Gazette'],
    ['The nominee and his aides have said the tour will go on.', 'The nominee and his aides'],
    // A relative clause about the speaker, alone, is part of the source.
    ['Ed Varga, who chaired the party in 2004, agreed that the vote was close.', 'Ed Varga, who chaired the party in 2004,'],
    // A participle and its adjuncts between the subject and the cue.
    ['A report released last year found that the agency was unsure.', 'A report released last year'],
    // After a quotation, the phrase after "told" is the listener, never the speaker; a relative
    // clause about the speaker may hold a verb that is no cue.
    ['“Every pier should be safe,” Dana Holt, an engineer and harbour expert, told me this week.', 'Dana Holt, an engineer and harbour expert,'],
    ['“The pier is unsafe,” Ana Ruiz, who has not endorsed anyone, told the Harbour Post.', 'Ana Ruiz'],
    // A restrictive relative clause with "who" or "that" on the subject is part of its phrase.
    ['Insurers who had covered the old pier agreed that the claim was fair.', 'Insurers who had covered the old pier'],
    ['A study that was commissioned by the harbour board found that the pier was unsafe.', 'A study that was commissioned by the harbour board'],
    // A relative clause without "who" or "that" is part of the source, and its verb is no cue.
    ['The surveyors I interviewed said the bridge was sound.', 'The surveyors I interviewed'],
    ['Several planners we asked said the levy was fair.', 'Several planners we asked'],
    ['All the pilots I spoke to said the runway was short.', 'All the pilots I spoke to'],
    // A noun before a determiner ends another phrase: the cue is in its relative clause.
    ['It is a levy the mayor said would fund the pier.', 'the mayor'],
    // "one" determines a noun as "the" does; "to" opens a phrase after the head noun.
    ['The ferry loses money each winter, one leaflet says.', 'one leaflet'],
    // A participle aside after any source is outside it; a source noun before a cue the tagger read as a noun.
    ['The audit, published on Monday, found that the pier was unsafe.', 'The audit'],
    ['Figures from the harbour board show that fares rose.', 'Figures from the harbour board'],
    ['In recent weeks, advisers to Mayor Holm say, the plan has lost support.', 'advisers to Mayor Holm'],
    // An aside describing the place before it is not the speaker's ("one of the states ...").
    ['Ivo Lund, the fisheries chief of Idaho, one of the states that fund the hatchery, said the quota was unfair.', 'Ivo Lund, the fisheries chief of Idaho,'],
  ])('source phrase of %j', (text, phrase) => {
    expect(extract(text).claims[0]?.source?.phrase?.text).toBe(phrase);
  });

  it.each([
    // A colon closing the paragraph before a quotation introduces it.
    ['Ilse Brandt continued:\n\n"The ferry has never run at a loss, not once."', 'continued', 'Ilse Brandt', '"The ferry has never run at a loss, not once."'],
    // A listener between the cue and the end of the sentence, the content before.
    ['The bridge will reopen in spring, Sen. Ola Brekke (R-Idaho) told the Valley Courier on Monday.', 'told', 'Sen. Ola Brekke (R-Idaho)', 'The bridge will reopen in spring'],
    // A reporting verb inside a title-case headline ends the name before it.
    ['Mayor Tove Lind Says Harbour Tunnel Will Open Early', 'Says', 'Mayor Tove Lind', 'Harbour Tunnel Will Open Early'],
    // The content ends before a participle cue of its own and before a quotation with its own speaker.
    ['Nils Aune said the dam was safe, arguing that the cracks were old.', 'said', 'Nils Aune', 'the dam was safe'],
    ['Mayor Ida Holm said the tunnel mattered because “few people walk,” she added.', 'said', 'Mayor Ida Holm', 'the tunnel mattered because “few people walk,”'],
    // An aside right after "that" is content, without the comma.
    ['Councillor Ane Dahl said that, if elected, she would reopen the pool.', 'said', 'Councillor Ane Dahl', 'if elected, she would reopen the pool'],
    // A participle cue takes the main clause's subject, not one inside a quotation.
    ['“We know the pier is unsafe,” the harbour master said, adding that repairs would start.', 'said', 'the harbour master', '“We know the pier is unsafe,”'],
    // A listener, a place and an instruction; a programme title and a time before "that".
    ['Mayor Ida Holm tells her supporters at a harbour rally to “go out and vote” today.', 'tells', 'Mayor Ida Holm', 'her supporters at a harbour rally to “go out and vote” today'],
    ['Ida Holm tells the Valley Courier’s “Morning Tide” on Friday that the ferry will run.', 'tells', 'Ida Holm', 'the ferry will run'],
    // The person shown in footage is the speaker.
    ['The council released footage of Mayor Ida Holm saying that the pier would close.', 'saying', 'Mayor Ida Holm', 'the pier would close'],
    // A sentence ending "said of X." introduces the quotation after it; "said of X that" has the clause.
    ["Ivo Lund, a tax expert, said of the levy. ''It does not make the deficit worse.''", 'said', 'Ivo Lund, a tax expert,', "''It does not make the deficit worse.''"],
    ['Ana Ruiz said of the levy that it was unfair.', 'said', 'Ana Ruiz', 'it was unfair'],
    // A participle after "for" or "from" takes the main subject; so does one after an opening phrase.
    ['The doctor was criticised at a hearing for saying that coffee cured colds.', 'saying', 'The doctor', 'coffee cured colds'],
    ['Stung by the reviews, Mayor Holm revised the plan, promising to cut fares.', 'promising', 'Mayor Holm', 'to cut fares'],
    // A cue the tagger reads as a noun after a share of people ("3 in 10 say").
    ['About 3 in 10 say they use the ferry daily.', 'say', 'About 3 in 10', 'they use the ferry daily'],
    // A quoted title before the speaker is not a quotation of theirs.
    ['On Sunday\'s edition of “Morning Harbour,” the governor said the ferry would run.', 'said', 'the governor', 'the ferry would run'],
    // A noun spelled like a cue verb ("states") inside the speaker's aside is no cue.
    ['“The quota is unfair,” Ivo Lund, the fisheries chief of Idaho, one of the states that fund the hatchery, said on Friday.', 'said', 'Ivo Lund, the fisheries chief of Idaho,', '“The quota is unfair,”'],
    // A passive cue with its agent; a time after an inverted source is not part of it; an adverb before "that".
    ['It was announced by the harbour board that the pier would close.', 'announced by', 'the harbour board', 'the pier would close'],
    ['The closure was announced by the harbour board on Friday.', 'announced by', 'the harbour board', 'The closure'],
    ['The leak was first reported by the Valley Courier.', 'reported by', 'the Valley Courier', 'The leak'],
    ['The pier will close, said the harbour board on Friday.', 'said', 'the harbour board', 'The pier will close'],
    ['The mayor has said repeatedly that the pier would reopen.', 'said', 'The mayor', 'the pier would reopen'],
    // A continuation verb hands the cue its subject, and the cue runs from it.
    ['Mayor Holm went on to say that the pier was safe.', 'went on to say', 'Mayor Holm', 'the pier was safe'],
    // A "who" clause after an "according to" source belongs to the source, not the content.
    ['According to Ivo Lund, who runs the harbour, the pier is safe.', 'According to', 'Ivo Lund, who runs the harbour,', 'the pier is safe'],
    // "was quoted as saying": the subject is the source.
    ['Mayor Holm was quoted as saying that the pier was safe.', 'quoted as saying', 'Mayor Holm', 'the pier was safe'],
    // A reporting noun after a possessor, in object position.
    ['The fact-checkers examined Holt’s claim that the pier was safe.', 'claim', 'Holt’s', 'the pier was safe'],
    // A time between the subject and the cue.
    ['Councillor Edda Rask on Tuesday said the depot would close.', 'said', 'Councillor Edda Rask', 'the depot would close'],
    // "spoke of", "talked about": a cue only with its preposition.
    ['Judge Rhea Moss spoke of the long shadow of the flood.', 'spoke of', 'Judge Rhea Moss', 'the long shadow of the flood'],
  ])('finds the attribution in %j', (text, cue, phrase, content) => {
    const [c] = extract(text).claims;
    expect([c?.cue?.text, c?.source?.phrase?.text, c?.content.fragments.map((f) => f.text).join(' | ')]).toEqual([cue, phrase, content]);
  });

  it('reads "seem" and "appear" as the writer\'s hedge: no source, the subject is content', () => {
    const claims = extract('The tide tables appear to be wrong. It seems the ferry will not sail. The mayor appeared on local radio. Mr. Aune appeared to suggest that the dam was safe.').claims.filter((c) => c.cue);
    expect(claims.map((c) => [c.cue!.text, c.source?.phrase?.text ?? null, c.content.fragments.map((f) => f.text)])).toEqual([
      ['appear', null, ['The tide tables', 'to be wrong']],
      ['seems', null, ['the ferry will not sail']],
      ['appeared to suggest', 'Mr. Aune', ['the dam was safe']],
    ]);
  });

  it('gives a participle cue after a quotation the speaker of the main clause', () => {
    const claims = extract('“We know the pier is unsafe,” the harbour master said, adding that repairs would start.').claims;
    expect(claims.map((c) => [c.cue?.text, c.source?.phrase?.text])).toEqual([
      ['said', 'the harbour master'],
      ['adding', 'the harbour master'],
    ]);
  });

  it('keeps a trailing relative clause that reports speech, and a lower-case bracket, out of an inverted source', () => {
    const claims = extract('“It is fair,” said Mr. Lund, who argued that fares were too high. “It works,” said Ms. Roe (a view her staff share).').claims;
    expect(claims.filter((c) => c.cue?.text === 'said').map((c) => c.source?.phrase?.text)).toEqual(['Mr. Lund', 'Ms. Roe']);
  });

  it('keeps an appositive opened by "now" in an inverted speaker', () => {
    const [c] = extract('“It will pass,” said Murphy, now a consultant on trade in the private sector.').claims;
    expect(c?.source?.phrase?.text).toBe('Murphy, now a consultant on trade in the private sector');
  });

  it('keeps a title abbreviation and a place of origin in an inverted speaker', () => {
    const [c] = extract('“We will pray,” said the Rev. Peter Wall, of Mayfield Chapel.').claims;
    expect(c?.source?.phrase?.text).toBe('the Rev. Peter Wall, of Mayfield Chapel');
  });

  it('reads no cue in a credit line, a reporter\'s dateline or a word inside a name', () => {
    const text = '(Reporting by Ana Ruiz; Additional reporting by Ivo Lund.) Ivo Lund reported from the harbour. The Ferry Safety Reporting Act passed on Friday.';
    expect(extract(text).claims.filter((c) => c.cue !== null)).toEqual([]);
  });

  it('reads no cue in "call" as a telephone call, a naming or a meeting', () => {
    const text = 'The mayor called in to a radio show. The scheme, called Harbour Link, opened. The council called an emergency meeting. Mayor Holm called Ivo Lund on Friday to thank him.';
    expect(extract(text).claims.filter((c) => c.cue?.text.startsWith('call'))).toEqual([]);
    expect(extract('The union called for a strike ballot.').claims.map((c) => c.cue?.text)).toEqual(['called for']);
  });

  it('reads no cue in "spoke" without its preposition', () => {
    expect(extract('Judge Rhea Moss spoke at the flood memorial on Friday.').claims.filter((c) => c.cue !== null)).toEqual([]);
  });

  it('leaves a relative clause that reports speech out of the main source, and ends its content at the main cue', () => {
    const claims = extract('Ms. Orr, who argued that rates were too high, said the bank should wait.').claims;
    expect(claims.map((c) => [c.cue?.text, c.source?.phrase?.text, c.content.fragments.map((f) => f.text)])).toEqual([
      ['argued', 'who', ['rates were too high']],
      ['said', 'Ms. Orr', ['the bank should wait']],
    ]);
  });

  it('marks a negated cue', () => {
    const [c] = extract('The minister did not say that taxes would rise.').claims;
    expect(c).toMatchObject({ negated: true, cue: { text: 'say' } });
  });

  it('resolves a pronoun to the right earlier person by gender', () => {
    const doc = extract('Anna Berg met Piotr Nowak on Monday. She said the deal was close.');
    expect(doc.claims.find((c) => c.cue?.text === 'said')?.source).toMatchObject({ name: 'Anna Berg', resolution: 'pronoun', mention: { text: 'She' } });
  });

  // Found by tests/fuzz.test.ts: a comma right before the cue at the start of a sentence threw a TypeError.
  it.each([', said', '\n, said ', ', argued the union that prices rose.'])('does not fail on a sentence opening with a comma before a cue: %j', (text) => {
    expect(() => extract(text)).not.toThrow();
  });

  // Found by tests/fuzz.test.ts: a participle ending the text before a source lookup threw a TypeError.
  it.each(['according to added ', 'Elected', 'officials said elected'])('does not fail on a participle at the end of a phrase: %j', (text) => {
    expect(() => extract(text)).not.toThrow();
  });

  // Found by tests/fuzz.test.ts: a slash ending the text inside a source lookup threw a TypeError.
  it.each(['according to / ', 'Holt/ said'])('does not fail on a slash at the end of a phrase: %j', (text) => {
    expect(() => extract(text)).not.toThrow();
  });
});
