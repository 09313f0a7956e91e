import { describe, expect, it } from 'vitest';
import { brokenLinkReason, findExplorerLinks, type FlowSteps } from './explorerLinks.ts';

const EXPLORER = 'https://explorer.example.org';
const FLOWS: FlowSteps = new Map([
  ['brokkr-agent-targeting', ['create-agent', 'register-generator', 'activate-agent']],
  ['brokkr-pak-rotation', ['rotate-pak', 'store-hash']],
]);

/** `line: url` of every link found, as the checker reports it. */
function found(text: string): string[] {
  return findExplorerLinks(text, EXPLORER).map((l) => `${l.line}: ${l.url}`);
}

/** The checker's verdict on the only link in `text`. */
function verdict(text: string): string | undefined {
  const [link] = findExplorerLinks(text, EXPLORER);
  return brokenLinkReason(link, FLOWS);
}

describe('findExplorerLinks', () => {
  it('finds Markdown, HTML and MDX links with their line numbers', () => {
    const text = [
      '# Targeting',
      'First [create](/flows/brokkr-agent-targeting?step=create-agent), then [activate](https://explorer.example.org/flows/brokkr-agent-targeting?step=activate-agent).',
      '<a href="/flows/brokkr-pak-rotation">rotation</a> <a href=\'/flows/brokkr-pak-rotation?step=store-hash\'>hash</a>',
      '<Explorer href={`/flows/brokkr-pak-rotation?from=rotate-pak`} link={"/flows/brokkr-pak-rotation"} />',
      '[ref]: /flows/brokkr-agent-targeting "Targeting"',
      '<https://explorer.example.org/flows/brokkr-pak-rotation>',
    ].join('\n');
    expect(found(text)).toEqual([
      '2: /flows/brokkr-agent-targeting?step=create-agent',
      '2: https://explorer.example.org/flows/brokkr-agent-targeting?step=activate-agent',
      '3: /flows/brokkr-pak-rotation',
      '3: /flows/brokkr-pak-rotation?step=store-hash',
      '4: /flows/brokkr-pak-rotation?from=rotate-pak',
      '4: /flows/brokkr-pak-rotation',
      '5: /flows/brokkr-agent-targeting',
      '6: https://explorer.example.org/flows/brokkr-pak-rotation',
    ]);
  });

  it('ignores /flows/ inside other URLs and paths, other hosts, and placeholders', () => {
    const text = [
      'https://github.com/acme/docs/flows/brokkr-pak-rotation and docs/flows/x.md and ../flows/x.json',
      'https://other.example.org/flows/brokkr-pak-rotation and https://explorer.example.org.evil/flows/x',
      '[login](https://explorer.example.org/login?next=/flows/brokkr-pak-rotation)',
      'The flow page is `/flows/<flowId>?step=<stepId>`, routed as `/flows/$flowId` (Express: `/flows/:flowId`).',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('leaves sentence punctuation and brackets out of bare URLs, and keeps the fragment in the reported link', () => {
    const text = 'See /flows/brokkr-pak-rotation?step=store-hash. Or (https://explorer.example.org/flows/brokkr-pak-rotation), or /flows/brokkr-agent-targeting#top!';
    expect(found(text)).toEqual([
      '1: /flows/brokkr-pak-rotation?step=store-hash',
      '1: https://explorer.example.org/flows/brokkr-pak-rotation',
      '1: /flows/brokkr-agent-targeting#top',
    ]);
  });

  it('reads &amp;-escaped and URL-encoded params, and ignores the fragment when checking', () => {
    const [link] = findExplorerLinks('<a href="/flows/brokkr%2Dpak-rotation?view=sequence&amp;from=rotate%2Dpak&amp;to=store-hash#x">', EXPLORER);
    expect(link.url).toBe('/flows/brokkr%2Dpak-rotation?view=sequence&amp;from=rotate%2Dpak&amp;to=store-hash#x');
    expect(link.flowId).toBe('brokkr-pak-rotation');
    expect(link.steps).toEqual({ from: 'rotate-pak', to: 'store-hash' });
  });
});

describe('brokenLinkReason', () => {
  it('accepts links to existing flows and steps, whatever else they carry', () => {
    expect(verdict('/flows/brokkr-pak-rotation')).toBeUndefined();
    expect(verdict('/flows/brokkr-pak-rotation?step=store-hash&view=sequence&embed=1')).toBeUndefined();
    expect(verdict('/flows/brokkr-agent-targeting?from=create-agent&to=activate-agent&step=')).toBeUndefined();
  });

  it('names a missing flow and the flow probably meant', () => {
    expect(verdict('/flows/brokkr-agent-target?step=create-agent')).toBe("no flow 'brokkr-agent-target' (did you mean 'brokkr-agent-targeting'?)");
    expect(verdict('/flows/kanban-board')).toBe("no flow 'kanban-board'");
  });

  it('names every missing step of step, from and to in one reason', () => {
    expect(verdict('/flows/brokkr-pak-rotation?step=store-hsh')).toBe("no step 'store-hsh' in flow 'brokkr-pak-rotation' (did you mean 'store-hash'?)");
    expect(verdict('/flows/brokkr-agent-targeting?from=create&to=activate-agent&step=finish')).toBe(
      "no step 'finish' in flow 'brokkr-agent-targeting'; no step 'create' in flow 'brokkr-agent-targeting'",
    );
  });

  it('accepts a 1-based step number the flow has, as the explorer does', () => {
    expect(verdict('/flows/brokkr-pak-rotation?step=2')).toBeUndefined();
    expect(verdict('/flows/brokkr-pak-rotation?step=3')).toBe("no step '3' in flow 'brokkr-pak-rotation'");
  });
});

describe('links into outcomes', () => {
  const webhooks = {
    outline: [0, { kind: 'alt' as const, id: 'delivery', label: 'Delivery result', branches: [{ id: 'delivered', label: '2xx', items: [1] }, { id: 'retry', label: '5xx', items: [2] }] }],
  };
  const flows: FlowSteps = new Map([['webhooks', ['post', 'mark-success', 'schedule-retry']]]);
  const check = (url: string) => brokenLinkReason(findExplorerLinks(url, EXPLORER)[0], flows, new Map([['webhooks', webhooks]]));

  it('accepts a step inside an outcome, with or without the path that chooses it', () => {
    expect(check('/flows/webhooks?step=schedule-retry')).toBeUndefined();
    expect(check('/flows/webhooks?step=schedule-retry&path=retry')).toBeUndefined();
  });

  it('names an outcome the flow does not have, and a path that contradicts the linked step', () => {
    expect(check('/flows/webhooks?step=post&path=retyr')).toBe("no outcome 'retyr' in flow 'webhooks' (did you mean 'retry'?)");
    expect(check('/flows/webhooks?step=mark-success&path=retry')).toBe("step 'mark-success' is in outcome 'delivered' of fork 'delivery', but the path chooses 'retry'");
  });
});
