import { describe, expect, it } from 'vitest';
import { readStepMessage } from './presenterChannel';

describe('readStepMessage', () => {
  it('reads a step announcement', () => {
    expect(readStepMessage({ type: 'step', flowId: 'a', stepId: 'b' })).toEqual({ type: 'step', flowId: 'a', stepId: 'b' });
  });

  it('ignores anything else another page of the site may post', () => {
    for (const data of [null, 'step', 42, {}, { type: 'step', flowId: 'a' }, { type: 'step', flowId: 1, stepId: 'b' }, { type: 'play', flowId: 'a', stepId: 'b' }]) {
      expect(readStepMessage(data)).toBeUndefined();
    }
  });
});
