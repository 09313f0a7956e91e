import { describe, expect, it } from 'vitest';
import { participantSize } from './layout.ts';
import { breakTokens, longestWordWidth, textWidth, wrapText } from './textMetrics.ts';

describe('text metrics', () => {
  it('measures wider for bold, longer and larger text', () => {
    expect(textWidth('Portal API', 16, 'bold')).toBeGreaterThan(textWidth('Portal API', 16));
    expect(textWidth('Portal API', 16)).toBeGreaterThan(textWidth('Portal', 16));
    expect(textWidth('Portal', 32)).toBeCloseTo(textWidth('Portal', 16) * 2);
    expect(textWidth('Ünïcødé', 16)).toBeGreaterThan(0);
  });

  it('breaks after spaces, slashes and hyphens, never inside a word', () => {
    expect(breakTokens('portal/backend worker-pool')).toEqual(['portal/', 'backend ', 'worker-', 'pool']);
    const lines = wrapText('Nixpacks/Docker builder for the cluster', 120, 16, 'bold');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/\/ /g, '/')).toBe('Nixpacks/Docker builder for the cluster');
    for (const line of lines) expect(['Nixpacks/', 'Docker', 'builder', 'for', 'the', 'cluster'].some((w) => line.includes(w.replace('/', '')))).toBe(true);
  });

  it('keeps a word longer than the line on a line of its own instead of cutting it', () => {
    expect(wrapText('a verylongidentifierwithoutbreaks b', 60, 16)).toEqual(['a', 'verylongidentifierwithoutbreaks', 'b']);
  });

  it('sizes a participant so its longest word fits and every line has room', () => {
    const narrow = participantSize({ label: 'API' });
    const long = participantSize({ label: 'Kubernetes API server and scheduler', tech: 'Go' });
    const word = participantSize({ label: 'Supercalifragilisticexpialidocious' });
    expect(long.height).toBeGreaterThan(narrow.height);
    expect(word.width).toBeGreaterThanOrEqual(longestWordWidth('Supercalifragilisticexpialidocious', 16, 'bold') + 66);
  });
});
