import { describe, expect, it } from 'vitest';
import { orderFlows } from './order.ts';

describe('orderFlows', () => {
  it('orders by system, then by the system\'s flow list, then by title', () => {
    const systems = [
      { id: 'b', name: 'B', description: '', repository: 'https://b.org', flows: ['b-two', 'b-one'] },
      { id: 'a', name: 'A', description: '', repository: 'https://a.org' },
    ];
    const flows = [
      { id: 'a-z', system: 'a', title: 'Zeta' },
      { id: 'b-one', system: 'b', title: 'One' },
      { id: 'a-y', system: 'a', title: 'Alpha' },
      { id: 'b-extra', system: 'b', title: 'Extra' },
      { id: 'b-two', system: 'b', title: 'Two' },
    ];
    expect(orderFlows(systems, flows).map((f) => f.id)).toEqual(['b-two', 'b-one', 'b-extra', 'a-y', 'a-z']);
  });
});
