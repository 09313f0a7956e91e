import { describe, expect, it } from 'vitest';
import { testStep } from '../testing/factories';
import { MAX_DWELL_MS, MIN_DWELL_MS, READING_WPM, stepDwellMs, TRAVEL_MS, wordsShown } from './dwell';

describe('wordsShown', () => {
  it('counts the caption, the description read as text, the endpoint, tables and state changes', () => {
    const step = testStep('s', 'a', 'b', {
      label: 'Apply deployment objects',
      description: 'The agent applies each [object](https://example.org/very/long/address) in `sequence_id` order.',
      endpoint: { method: 'POST', path: '/agents/:id/events', auth: 'agent PAK' },
      tables: [{ name: 'deployment_objects', operation: 'read', store: 'PostgreSQL', columns: ['id', 'yaml_content'] }],
      state: [{ entity: 'agent', field: 'status', from: 'ACTIVE', to: 'INACTIVE' }],
    });
    // Caption 3; description 8 (the link's address is not read); method, "agents" and "id/events", "agent PAK";
    // operation, name, store, 2 columns; entity, field, both states and the arrow between them.
    expect(wordsShown(step)).toBe(3 + 8 + (1 + 2 + 2) + (1 + 1 + 1 + 2) + (1 + 1 + 2 + 1));
  });
});

describe('stepDwellMs', () => {
  it('gives a step its travel time plus the time to read it at the reading pace', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const step = testStep('s', 'a', 'b', { label: 'Heartbeat', description: words });
    expect(stepDwellMs(step)).toBe(Math.round((TRAVEL_MS + (81 / READING_WPM) * 60_000) / 100) * 100);
    // 80 words hold the step for half a minute, not the fixed 2.6 s of before.
    expect(stepDwellMs(step)).toBeGreaterThan(25_000);
  });

  it('keeps a short step long enough to see, and a very long one within a minute', () => {
    expect(stepDwellMs(testStep('s', 'a', 'b', { label: 'Ack' }))).toBe(MIN_DWELL_MS);
    expect(stepDwellMs(testStep('s', 'a', 'b', { label: 'Long', description: 'word '.repeat(2000) }))).toBe(MAX_DWELL_MS);
  });

  it("uses the step's own durationMs when it has one", () => {
    expect(stepDwellMs(testStep('s', 'a', 'b', { label: 'Ack', durationMs: 12_500 }))).toBe(12_500);
  });
});
