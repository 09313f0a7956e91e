import { vi } from 'vitest';
import type { Flow, Participant, Step } from '../flow/schema';
import type { CommandContext } from '../player/commands';

export function testParticipant(id: string, overrides: Partial<Participant> = {}): Participant {
  return { id, label: id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase()), kind: 'service', ...overrides };
}

export function testStep(id: string, from: string, to: string, overrides: Partial<Step> = {}): Step {
  return { id, from, to, kind: from === to ? 'self' : 'request', label: `Label of ${id}`, ...overrides };
}

/** A small flow: user → api → db and back, with one self step. */
export function testFlow(overrides: Partial<Flow> = {}): Flow {
  return {
    id: 'test-flow',
    system: 'brokkr',
    title: 'Test flow',
    summary: 'A flow for tests.',
    source: { document: 'Doc', section: 'Section' },
    participants: [testParticipant('user', { kind: 'actor' }), testParticipant('api'), testParticipant('db', { kind: 'database' })],
    steps: [
      testStep('send-request', 'user', 'api'),
      testStep('validate', 'api', 'api'),
      testStep('write-row', 'api', 'db', { tables: [{ name: 'rows', operation: 'insert' }] }),
      testStep('reply', 'api', 'user', { kind: 'response' }),
    ],
    ...overrides,
  };
}

/** The JSON text of a flow file, as an author would write it. */
export function flowFile(flow: unknown, file = 'flows/test-flow.json') {
  return { file, text: JSON.stringify(flow, null, 2) };
}

export const SYSTEMS_FILE = {
  file: 'flows/systems.json',
  text: JSON.stringify({ systems: [{ id: 'brokkr', name: 'Brokkr', description: 'A broker.', repository: 'https://github.com/colliery-io/brokkr' }] }),
};

/** A command context with every action mocked, at step 3 of 6 unless overridden. */
export function testCommandContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    index: 2, first: 0, last: 5, playing: false, view: 'canvas', camera: 'follow', cameraPaused: false,
    goTo: vi.fn(), play: vi.fn(), pause: vi.fn(), copyLink: vi.fn(), copyMermaid: vi.fn(), openEmbed: vi.fn(),
    toggleView: vi.fn(), toggleHelp: vi.fn(), toggleCamera: vi.fn(), presenting: false, togglePresent: vi.fn(),
    loop: false, toggleLoop: vi.fn(), notesOpen: false, toggleNotes: vi.fn(), openSpeakerView: vi.fn(), chosen: 0, choose: vi.fn(),
    ...overrides,
  };
}
