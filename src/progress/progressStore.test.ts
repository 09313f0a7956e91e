// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { lastShown, readProgress, seenCount, useProgressStore } from './progressStore';

const entry = (at: number) => ({ seen: ['a'], last: { id: 'a', number: 1, label: 'A' }, at });

describe('readProgress', () => {
  it('keeps well-formed entries of slug ids', () => {
    expect(readProgress({ flows: { 'flow-a': entry(1) } })).toEqual({ 'flow-a': entry(1) });
  });

  it('drops anything of another shape, whatever the store holds', () => {
    for (const stored of [null, undefined, 'x', 7, [], { flows: null }, { flows: 'x' }]) expect(readProgress(stored)).toEqual({});
    const mixed = {
      flows: {
        good: entry(2),
        'Not A Slug': entry(1),
        ['__proto__']: entry(1),
        'no-seen': { ...entry(1), seen: 'a' },
        'bad-ids': { ...entry(1), seen: [1, 2] },
        'no-last': { seen: [], at: 1 },
        'bad-at': { ...entry(1), at: '1' },
      },
    };
    expect(Object.keys(readProgress(JSON.parse(JSON.stringify(mixed))))).toEqual(['good']);
  });
});

describe('useProgressStore', () => {
  beforeEach(() => useProgressStore.getState().reset());

  it('remembers the steps seen and the last one, and forgets steps the flow no longer has', () => {
    const { markSeen } = useProgressStore.getState();
    markSeen('f', { id: 'one', number: 1, label: 'One' }, ['one', 'two', 'three']);
    markSeen('f', { id: 'two', number: 2, label: 'Two' }, ['one', 'two', 'three']);
    markSeen('f', { id: 'two', number: 2, label: 'Two' }, ['one', 'two', 'three']);
    expect(useProgressStore.getState().flows.f).toMatchObject({ seen: ['one', 'two'], last: { id: 'two', number: 2 } });
    // The flow changed: "one" was removed.
    markSeen('f', { id: 'three', number: 2, label: 'Three' }, ['two', 'three']);
    expect(useProgressStore.getState().flows.f.seen).toEqual(['two', 'three']);
    useProgressStore.getState().reset();
    expect(useProgressStore.getState().flows).toEqual({});
  });

  it('counts at most the steps a flow has, and continues from the flow shown last', () => {
    expect(seenCount(undefined, 5)).toBe(0);
    expect(seenCount({ ...entry(1), seen: ['a', 'b', 'c'] }, 2)).toBe(2);
    expect(lastShown({ a: entry(5), b: entry(9), c: entry(3) })?.[0]).toBe('b');
    expect(lastShown({})).toBeUndefined();
  });
});
