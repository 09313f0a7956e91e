import { describe, expect, it } from 'vitest';
import { testFlow } from '../testing/factories.ts';
import { formatProblem } from './problems.ts';
import { validateTourSources } from './validateTours.ts';

const flows = [testFlow()];
const tourFile = (tour: unknown, file = 'flows/tours/first-day.json') => ({ file, text: JSON.stringify(tour, null, 2) });
const good = { id: 'first-day', title: 'First day', intro: 'Start here.', stops: [{ flow: 'test-flow', from: 'validate', to: 'write-row', why: 'It writes.' }] };
const problemsOf = (...files: { file: string; text: string }[]) => validateTourSources(files, flows).problems.map(formatProblem);

describe('validateTourSources', () => {
  it('accepts a tour whose stops name flows and steps, in order', () => {
    const result = validateTourSources([tourFile(good)], flows);
    expect(result.problems).toEqual([]);
    expect(result.tours).toEqual([good]);
  });

  it('names file and JSON path for an unknown flow or step, with a suggestion, and for a range that runs backwards', () => {
    const tour = {
      ...good,
      stops: [
        { flow: 'test-flwo', why: 'Typo.' },
        { flow: 'test-flow', from: 'validat', why: 'Typo.' },
        { flow: 'test-flow', from: 'write-row', to: 'validate', why: 'Backwards.' },
      ],
    };
    expect(problemsOf(tourFile(tour))).toEqual([
      'flows/tours/first-day.json: $.stops[0].flow: no valid flow "test-flwo" (did you mean "test-flow"?)',
      'flows/tours/first-day.json: $.stops[1].from: no step "validat" in flow "test-flow" (did you mean "validate"?)',
      'flows/tours/first-day.json: $.stops[2].to: step "validate" comes before "write-row" in flow "test-flow": a stop\'s range runs forwards',
    ]);
  });

  it('checks the schema, the id against the file name, JSON syntax and links', () => {
    expect(problemsOf(tourFile({ ...good, id: 'day-one', stops: [] }))).toEqual([
      'flows/tours/first-day.json: $.stops: expected at least one stop',
      'flows/tours/first-day.json: $.id: id "day-one" must equal the file name "first-day" (links to the tour use the id)',
    ]);
    expect(problemsOf({ file: 'flows/tours/first-day.json', text: '{"id": "first-day",}' })).toEqual([
      'flows/tours/first-day.json: line 1, column 19: invalid JSON: trailing comma before "}"',
    ]);
    expect(problemsOf(tourFile({ ...good, intro: '[x](javascript:alert(1))', extra: true }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\$\.intro: link target .*javascript:alert/), expect.stringMatching(/extra/)]),
    );
  });
});
