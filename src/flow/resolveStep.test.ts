import { describe, expect, it } from 'vitest';
import { testFlow } from '../testing/factories.ts';
import { resolveStep, stepBounds, stepPosition } from './resolveStep.ts';

describe('resolveStep', () => {
  const flow = testFlow();

  it('shows step 1 when the URL names no step', () => {
    expect(resolveStep(flow, undefined)).toEqual({ index: 0 });
  });

  it('finds a step by id', () => {
    expect(resolveStep(flow, 'write-row')).toEqual({ index: 2 });
  });

  it('accepts a 1-based number and gives the id to replace it with', () => {
    expect(resolveStep(flow, '4')).toEqual({ index: 3, canonicalId: 'reply' });
  });

  it('falls back to step 1 and names an unknown step', () => {
    expect(resolveStep(flow, 'nope')).toEqual({ index: 0, unknownStep: 'nope' });
    expect(resolveStep(flow, '9')).toEqual({ index: 0, unknownStep: '9' });
    expect(resolveStep(flow, '0')).toEqual({ index: 0, unknownStep: '0' });
  });

  it('limits the reachable steps to a range of ids', () => {
    expect(stepBounds(flow, { from: 'validate', to: 'write-row' })).toEqual({ first: 1, last: 2 });
    expect(stepBounds(flow, { from: 'missing' })).toEqual({ first: 0, last: 3 });
    expect(resolveStep(flow, 'reply', { from: 'validate', to: 'write-row' })).toEqual({ index: 2 });
  });
});

describe('stepPosition', () => {
  it('counts within the range, with the place in the whole flow when ranged', () => {
    expect(stepPosition(3, 0, 13, 14)).toEqual({ short: 'Step 4 of 14', full: 'Step 4 of 14' });
    expect(stepPosition(9, 8, 13, 18)).toEqual({ short: 'Step 2 of 6', full: 'Step 2 of 6 (step 10 of 18 in the whole flow)' });
  });
});
