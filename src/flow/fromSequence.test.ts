import { describe, expect, it } from 'vitest';
import { flowFile, SYSTEMS_FILE } from '../testing/factories.ts';
import { decodeMermaidText, flowFromSequence, flowIdOf, mermaidBlocks, slugify, stepKindOf, type SequenceDiagram } from './fromSequence.ts';
import { validateFlowSources } from './validate.ts';

const ORIGIN = { system: 'brokkr', heading: 'Agent heartbeat', file: 'docs/data-flows.md', line: 12 };

function diagram(messages: [string, string, string, number][], participants = [...new Set(messages.flatMap(([f, t]) => [f, t]))].map((name) => ({ name, label: name, isActor: false }))): SequenceDiagram {
  return { participants, messages: messages.map(([from, to, text, lineType]) => ({ from, to, text, lineType })) };
}

describe('stepKindOf', () => {
  it.each([
    [0, 'request'], [3, 'request'], [33, 'request'], [41, 'request'],
    [1, 'response'], [4, 'response'], [6, 'response'], [25, 'response'], [34, 'response'], [51, 'response'],
    [5, 'async'], [24, 'async'],
  ])('reads Mermaid line type %i as %s', (lineType, kind) => {
    expect(stepKindOf({ from: 'a', to: 'b', lineType })).toBe(kind);
  });

  it('makes a message to oneself a self step, whatever its arrow', () => {
    expect(stepKindOf({ from: 'a', to: 'a', lineType: 1 })).toBe('self');
  });
});

describe('decodeMermaidText', () => {
  it('decodes entity codes and turns line breaks into spaces', () => {
    expect(decodeMermaidText(' Save#59; then<br/>reply<BR> #quot;ok#quot; #9829; ')).toBe('Save; then reply "ok" ♥');
  });

  it('leaves codes it does not know as written', () => {
    expect(decodeMermaidText('#nosuch; #99999999;')).toBe('#nosuch; #99999999;');
  });
});

describe('slugify', () => {
  it('keeps letters and digits, lowercased, joined by single dashes', () => {
    expect(slugify('  Check Token-Cache (v2)! ')).toBe('check-token-cache-v2');
    expect(slugify('Créer la base')).toBe('creer-la-base');
    expect(slugify('→ …')).toBe('');
  });

  it('cuts long labels at a word boundary', () => {
    const slug = slugify('Send the request with the authentication token and the payload in the body');
    expect(slug).toBe('send-the-request-with-the-authentication-token');
    expect(slug.length).toBeLessThanOrEqual(48);
  });
});

describe('flowIdOf', () => {
  it('prefixes the system once and de-duplicates', () => {
    expect(flowIdOf('dokkerr', 'Request Flow')).toBe('dokkerr-request-flow');
    expect(flowIdOf('dokkerr', 'Dokkerr request flow')).toBe('dokkerr-request-flow');
    expect(flowIdOf('dokkerr', '→')).toBe('dokkerr');
    expect(flowIdOf('dokkerr', 'Request Flow', new Set(['dokkerr-request-flow', 'dokkerr-request-flow-2']))).toBe('dokkerr-request-flow-3');
  });
});

describe('flowFromSequence', () => {
  it('maps participants in order and messages to steps by arrow', () => {
    const flow = flowFromSequence(
      diagram(
        [['U', 'API', 'Login', 0], ['API', 'API', 'Check password', 0], ['API', 'Q', 'Queue email', 24], ['API', 'U', 'Token', 1]],
        [{ name: 'U', label: 'User', isActor: true }, { name: 'API', label: 'Auth API', isActor: false }, { name: 'Q', label: 'Mail queue', isActor: false }],
      ),
      ORIGIN,
    );
    expect(flow.participants).toEqual([
      { id: 'user', label: 'User', kind: 'actor' },
      { id: 'auth-api', label: 'Auth API', kind: 'service' },
      { id: 'mail-queue', label: 'Mail queue', kind: 'service' },
    ]);
    expect(flow.steps).toEqual([
      { id: 'login', from: 'user', to: 'auth-api', kind: 'request', label: 'Login' },
      { id: 'check-password', from: 'auth-api', to: 'auth-api', kind: 'self', label: 'Check password' },
      { id: 'queue-email', from: 'auth-api', to: 'mail-queue', kind: 'async', label: 'Queue email' },
      { id: 'token', from: 'auth-api', to: 'user', kind: 'response', label: 'Token' },
    ]);
  });

  it('fills in the flow around them, ready to validate', () => {
    const flow = flowFromSequence(diagram([['A', 'B', 'Ping', 0]]), { ...ORIGIN, illustrative: true });
    expect(flow).toMatchObject({
      $schema: '../public/flow.schema.json',
      id: 'brokkr-agent-heartbeat',
      system: 'brokkr',
      title: 'Agent heartbeat',
      summary: 'Imported from docs/data-flows.md (line 12). Describe what a reader learns here.',
      source: { document: 'data-flows.md', section: 'Agent heartbeat' },
      illustrative: true,
    });
    expect(validateFlowSources([flowFile(flow, `flows/${flow.id}.json`)], SYSTEMS_FILE).problems).toEqual([]);
    expect(flowFromSequence(diagram([['A', 'B', 'Ping', 0]]), ORIGIN)).not.toHaveProperty('illustrative');
  });

  it('gives every step a unique slug id, falling back to the step number', () => {
    const flow = flowFromSequence(diagram([['A', 'B', 'Ping', 0], ['A', 'B', 'ping', 0], ['A', 'B', 'Ping!', 0], ['A', 'B', '  ', 0], ['A', 'B', '→', 0]]), ORIGIN);
    expect(flow.steps.map((s) => [s.id, s.label])).toEqual([['ping', 'Ping'], ['ping-2', 'ping'], ['ping-3', 'Ping!'], ['message-4', 'Message 4'], ['step-5', '→']]);
  });

  it('skips notes, loops and activations, and drops participants left without a step', () => {
    const flow = flowFromSequence(diagram([['A', 'A', 'a note', 2], ['', '', 'every minute', 10], ['A', 'B', 'Ping', 0], ['', '', '', 11], ['B', 'B', '', 17]], [
      { name: 'A', label: 'A', isActor: false }, { name: 'B', label: 'B', isActor: false }, { name: 'C', label: 'Only in a note', isActor: false },
    ]), ORIGIN);
    expect(flow.steps.map((s) => s.label)).toEqual(['Ping']);
    expect(flow.participants.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('reads a half arrow written head first as a message to the first participant', () => {
    const flow = flowFromSequence(diagram([['A', 'B', 'Back', 45], ['A', 'B', 'Back dotted', 55]]), ORIGIN);
    expect(flow.steps.map((s) => [s.from, s.to, s.kind])).toEqual([['b', 'a', 'request'], ['b', 'a', 'response']]);
  });

  it('keeps participants apart whose names slug alike, and names the ones that slug to nothing', () => {
    const flow = flowFromSequence(diagram([['Api', 'API', 'x', 0], ['API', 'Ω', 'y', 0]]), ORIGIN);
    expect(flow.participants.map((p) => [p.id, p.label])).toEqual([['api', 'Api'], ['api-2', 'API'], ['participant-3', 'Ω']]);
    expect(flow.steps.map((s) => [s.from, s.to])).toEqual([['api', 'api-2'], ['api-2', 'participant-3']]);
  });
});

describe('mermaidBlocks', () => {
  it('finds mermaid blocks with their line and nearest heading, stepping over other code', () => {
    const markdown = [
      'Intro', //                          1
      '```mermaid', //                     2
      'sequenceDiagram', //                3
      '```', //                            4
      '## Request flow ##', //             5
      '```bash', //                        6
      '# not a heading', //                7
      '```', //                            8
      '~~~~ Mermaid', //                   9
      'graph TD', //                       10
      '```', //                            11
      '~~~~', //                           12
      '### [Auth](auth.md) `flow`', //     13
      '```mermaid', //                     14
      'sequenceDiagram', //                15
      '  A->>B: x', //                     16
    ].join('\n');
    expect(mermaidBlocks(markdown)).toEqual([
      { line: 2, heading: undefined, text: 'sequenceDiagram' },
      { line: 9, heading: 'Request flow', text: 'graph TD\n```' },
      { line: 14, heading: 'Auth flow', text: 'sequenceDiagram\n  A->>B: x' },
    ]);
  });
});
