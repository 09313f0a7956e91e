import { describe, expect, it } from 'vitest';
import { flowFile, SYSTEMS_FILE, testFlow, testStep } from '../testing/factories.ts';
import { formatProblem } from './problems.ts';
import { validateFlowSources } from './validate.ts';

function problemsOf(...files: { file: string; text: string }[]): string[] {
  return validateFlowSources(files, SYSTEMS_FILE).problems.map(formatProblem);
}

describe('validateFlowSources', () => {
  it('accepts a valid flow and returns it', () => {
    const result = validateFlowSources([flowFile(testFlow())], SYSTEMS_FILE);
    expect(result.problems).toEqual([]);
    expect(result.flows.map((f) => f.id)).toEqual(['test-flow']);
    expect(result.systems?.systems[0].name).toBe('Brokkr');
  });

  it('reports JSON syntax errors with line and column', () => {
    const text = '{\n  "id": "test-flow",\n  "title": "x"\n  "system": "brokkr"\n}';
    expect(problemsOf({ file: 'flows/test-flow.json', text })).toEqual([
      "flows/test-flow.json: line 4, column 3: invalid JSON: missing comma after the value on line 3",
    ]);
  });

  it('names the missing field, the wrong type and the allowed values', () => {
    const flow = testFlow() as Record<string, unknown>;
    delete flow.title;
    (flow.participants as Record<string, unknown>[])[1].kind = 'servce';
    (flow.steps as Record<string, unknown>[])[0].label = 42;
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.title: missing required field "title" (expected string)',
      'flows/test-flow.json: $.participants[1].kind: expected one of "actor", "frontend", "service", "worker", "database", "cache", "queue", "external"; got "servce"',
      'flows/test-flow.json: $.steps[0].label: expected string, got the number 42',
    ]);
  });

  it('names an unknown field and suggests the one probably meant', () => {
    const flow = testFlow({ steps: [{ ...testStep('a', 'user', 'api'), descripton: 'typo' } as never, testStep('b', 'api', 'db')] });
    const [problem] = problemsOf(flowFile(flow));
    expect(problem).toMatch(/^flows\/test-flow\.json: \$\.steps\[0\]\.descripton: unknown field "descripton" \(did you mean "description"\?\); allowed here: id, from, to, kind, label, description/);
  });

  it('rejects a step id that is not a slug', () => {
    const flow = testFlow({ steps: [testStep('Send Request', 'user', 'api'), testStep('b', 'api', 'db')] });
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.steps[0].id: expected a lowercase slug such as "apply-objects" (a-z, 0-9, single dashes); got "Send Request"',
    ]);
  });

  it('requires the id to equal the file name', () => {
    expect(problemsOf(flowFile(testFlow(), 'flows/other-name.json'))).toEqual([
      'flows/other-name.json: $.id: id "test-flow" must equal the file name "other-name" (deep links use the id)',
    ]);
  });

  it('reports duplicate participant and step ids', () => {
    const base = testFlow();
    const flow = testFlow({
      participants: [...base.participants, { id: 'api', label: 'Again', kind: 'service' }],
      steps: [...base.steps, testStep('validate', 'api', 'api')],
    });
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.participants[3].id: duplicate participant id "api" (first at $.participants[1]); participant ids must be unique in a flow',
      'flows/test-flow.json: $.steps[4].id: duplicate step id "validate" (first at $.steps[1]); step ids must be unique in a flow',
    ]);
  });

  it('requires from and to to name participants, with a suggestion', () => {
    const flow = testFlow({ steps: [testStep('a', 'usr', 'api'), testStep('b', 'api', 'db'), testStep('c', 'db', 'user')] });
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.steps[0].from: no participant "usr" in this flow (did you mean "user"?); participants: user, api, db',
    ]);
  });

  it('keeps self steps on one participant and other steps between two', () => {
    const flow = testFlow({
      steps: [testStep('a', 'user', 'api', { kind: 'self' }), testStep('b', 'api', 'api', { kind: 'request' }), testStep('c', 'api', 'db')],
    });
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.steps[0].to: a self step stays on one participant: expected "user" (same as from), got "api"',
      'flows/test-flow.json: $.steps[1].kind: from and to are both "api": use kind "self" for work inside one participant, or name another receiver',
    ]);
  });

  it('reports a participant that takes part in no step', () => {
    const base = testFlow();
    const flow = testFlow({ participants: [...base.participants, { id: 'cache', label: 'Cache', kind: 'cache' }] });
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.participants[3]: participant "cache" takes part in no step; remove it or add its step',
    ]);
  });

  it('checks links against the other flows and their steps', () => {
    const other = testFlow({ id: 'other-flow' });
    const flow = testFlow({
      steps: [
        testStep('a', 'user', 'api', { links: [{ flow: 'other-flw' }] }),
        testStep('b', 'api', 'db', { links: [{ flow: 'other-flow', step: 'validat' }] }),
        testStep('c', 'db', 'user', { links: [{ flow: 'other-flow', step: 'validate' }] }),
      ],
    });
    expect(problemsOf(flowFile(flow), flowFile(other, 'flows/other-flow.json'))).toEqual([
      'flows/test-flow.json: $.steps[0].links[0].flow: no flow "other-flw" (did you mean "other-flow"?)',
      'flows/test-flow.json: $.steps[1].links[0].step: no step "validat" in flow "other-flow" (did you mean "validate"?)',
    ]);
  });

  it('bounds a step\'s durationMs to whole milliseconds between a second and five minutes', () => {
    const flow = testFlow();
    const steps = flow.steps.map((step, i) => ({ ...step, durationMs: [12_000, 500, 1.5e3 + 0.5, 600_000][i] }));
    expect(validateFlowSources([flowFile({ ...flow, steps })], SYSTEMS_FILE).problems.map(formatProblem)).toEqual([
      'flows/test-flow.json: $.steps[1].durationMs: expected at least 1000 (one second)',
      'flows/test-flow.json: $.steps[2].durationMs: expected int, got the number 1500.5',
      'flows/test-flow.json: $.steps[3].durationMs: expected at most 300000 (five minutes)',
    ]);
  });

  it('requires the system to be in systems.json', () => {
    expect(problemsOf(flowFile(testFlow({ system: 'brokr' })))).toEqual([
      'flows/test-flow.json: $.system: no system "brokr" in flows/systems.json (did you mean "brokkr"?); systems: brokkr',
    ]);
  });

  it('reports every problem of every file in one run, reference errors included next to schema errors', () => {
    const flow = testFlow({ title: '', steps: [testStep('a', 'user', 'nobody'), testStep('b', 'api', 'db'), testStep('c', 'db', 'user')] });
    const broken = { file: 'flows/broken.json', text: '{' };
    const problems = problemsOf(flowFile(flow), broken);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^flows\/broken\.json: line 1, column 2: invalid JSON/);
    expect(problems).toContain('flows/test-flow.json: $.title: expected a non-empty string');
    expect(problems).toContain('flows/test-flow.json: $.steps[0].to: no participant "nobody" in this flow; participants: user, api, db');
  });

  it('validates systems.json itself', () => {
    const systems = { file: 'flows/systems.json', text: JSON.stringify({ systems: [{ id: 'a', name: 'A', description: 'x', repository: 'not a url' }, { id: 'a', name: 'B', description: 'y', repository: 'https://x.org' }] }) };
    const problems = validateFlowSources([], systems).problems.map(formatProblem);
    expect(problems).toEqual([
      'flows/systems.json: $.systems[0].repository: expected an http(s) URL such as "https://example.org/docs"; got "not a url"',
      'flows/systems.json: $.systems[1].id: duplicate system id "a" (first at $.systems[0]); system ids must be unique',
    ]);
    expect(validateFlowSources([], { file: 'flows/systems.json', text: '' }).problems.map(formatProblem)).toEqual([
      'flows/systems.json: $: missing or empty: expected {"systems": [{"id", "name", "description", "repository"}]}',
    ]);
  });
});

describe('systems.json flow order', () => {
  it('must name existing flows of that system, once each', () => {
    const systems = {
      file: 'flows/systems.json',
      text: JSON.stringify({
        systems: [
          { id: 'brokkr', name: 'Brokkr', description: 'x', repository: 'https://x.org', flows: ['test-flow', 'test-flw', 'test-flow', 'other-flow'] },
          { id: 'kanban', name: 'Kanban', description: 'y', repository: 'https://y.org' },
        ],
      }),
    };
    const problems = validateFlowSources([flowFile(testFlow()), flowFile(testFlow({ id: 'other-flow', system: 'kanban' }), 'flows/other-flow.json')], systems).problems.map(formatProblem);
    expect(problems).toEqual([
      'flows/systems.json: $.systems[0].flows[1]: no flow "test-flw" (did you mean "test-flow"?)',
      'flows/systems.json: $.systems[0].flows[2]: "test-flow" is listed twice',
      'flows/systems.json: $.systems[0].flows[3]: flow "other-flow" belongs to system "kanban", not "brokkr"',
    ]);
  });
});

describe('participant positions', () => {
  const positioned = (n: number) => testFlow().participants.map((p, i) => (i < n ? { ...p, position: { x: i * 250, y: 0 } } : p));

  it('are given to every participant or to none', () => {
    expect(validateFlowSources([flowFile(testFlow({ participants: positioned(3) }))], SYSTEMS_FILE).problems).toEqual([]);
    expect(validateFlowSources([flowFile(testFlow({ participants: positioned(2) }))], SYSTEMS_FILE).problems.map(formatProblem)).toEqual([
      'flows/test-flow.json: $.participants[2]: has no position while other participants have one: give every participant a position, or none (then they are laid out automatically)',
    ]);
  });

  it('stay within a drawable range', () => {
    const participants = positioned(3).map((p, i) => (i === 1 ? { ...p, position: { x: 1e308, y: 0 } } : p));
    expect(validateFlowSources([flowFile(testFlow({ participants }))], SYSTEMS_FILE).problems.map(formatProblem)).toEqual([
      'flows/test-flow.json: $.participants[1].position.x: expected a coordinate between -100000 and 100000',
    ]);
  });
});

describe('links a flow file supplies', () => {
  it('must be http(s) or stay on the site, in the source and in every Markdown field', () => {
    const flow = testFlow({
      summary: 'See [docs](https://example.org) and [x](javascript:void).',
      source: { document: 'Doc', section: 'S', url: 'javascript:alert(1)' },
      steps: [testStep('a', 'user', 'api', { description: 'Go [home](/\\evil.example) or [here](data:text/html,x)' }), ...testFlow().steps.slice(1)],
    });
    expect(problemsOf(flowFile(flow))).toEqual([
      'flows/test-flow.json: $.source.url: expected an http(s) URL such as "https://example.org/docs"; got "javascript:alert(1)"',
      'flows/test-flow.json: $.summary: link target "javascript:void" is not allowed: use an http(s) URL or a path on this site (starting with one "/")',
      'flows/test-flow.json: $.steps[0].description: link target "/\\evil.example" is not allowed: use an http(s) URL or a path on this site (starting with one "/")',
      'flows/test-flow.json: $.steps[0].description: link target "data:text/html,x" is not allowed: use an http(s) URL or a path on this site (starting with one "/")',
    ]);
  });
});

describe('blocks: alt, opt and loop', () => {
  const alt = (outcomes: unknown[], extra: Record<string, unknown> = {}) => ({ kind: 'alt', id: 'result', label: 'Result', outcomes, ...extra });
  const withSteps = (...steps: unknown[]) => flowFile(testFlow({ steps: steps as never }));
  const [a, b, c, d] = testFlow().steps;

  it('accepts steps in outcomes, optional parts and loops, nested', () => {
    const flow = withSteps(a, alt([{ id: 'ok', label: 'OK', steps: [b] }, { id: 'fail', label: 'Fails', steps: [{ kind: 'loop', label: 'every 5 s', steps: [c] }] }]), { kind: 'opt', id: 'audit', label: 'Audit on', steps: [d] });
    expect(problemsOf(flow)).toEqual([]);
  });

  it('names file and JSON path for an unknown kind, an empty or lone outcome and a misspelt field inside a block', () => {
    expect(problemsOf(withSteps(a, alt([{ id: 'ok', label: 'OK', steps: [] }]), { kind: 'lop', label: 'x', steps: [c] }, { kind: 'loop', label: 'x', steps: [{ ...d, lable: 'y' }] }))).toEqual([
      'flows/test-flow.json: $.steps[1].outcomes[0].steps: expected at least one step in this outcome',
      'flows/test-flow.json: $.steps[1].outcomes: expected at least two outcomes (use "opt" for a part that may be skipped)',
      'flows/test-flow.json: $.steps[2].kind: expected "kind" to be a step\'s ("request", "response", "async", "self") or a block\'s ("alt", "opt", "loop"); got "lop"',
      'flows/test-flow.json: $.steps[3].steps[0].lable: unknown field "lable" (did you mean "label"?); allowed here: id, from, to, kind, label, description, notes, endpoint, tables, state, links, durationMs',
    ]);
  });

  it('keeps step ids unique across the whole flow and outcome ids unique among forks', () => {
    expect(problemsOf(withSteps(a, alt([{ id: 'ok', label: 'OK', steps: [b] }, { id: 'ok', label: 'Again', steps: [{ ...c, id: 'send-request' }] }])))).toEqual([
      'flows/test-flow.json: $.steps[1].outcomes[1].steps[0].id: duplicate step id "send-request" (first at $.steps[0]); step ids must be unique in a flow',
      'flows/test-flow.json: $.steps[1].outcomes[1].id: duplicate outcome id "ok" (first at $.steps[1].outcomes[0].id); outcome and fork ids must be unique in a flow',
    ]);
  });

  it('reports steps no path reaches, and blocks nested too deep to follow', () => {
    const ends = alt([{ id: 'ok', label: 'OK', ends: true, steps: [b] }, { id: 'fail', label: 'Fails', ends: true, steps: [c] }]);
    expect(problemsOf(withSteps(a, ends, d))).toEqual([
      'flows/test-flow.json: $.steps[2]: no path reaches this: every outcome of fork "result" ($.steps[1]) ends the flow; remove "ends" from one of them or move these steps into an outcome',
    ]);
    const deep = { kind: 'loop', label: '1', steps: [{ kind: 'loop', label: '2', steps: [{ kind: 'loop', label: '3', steps: [{ kind: 'loop', label: '4', steps: [b] }] }] }] };
    expect(problemsOf(withSteps(a, deep, c, d))).toEqual([
      'flows/test-flow.json: $.steps[1].steps[0].steps[0].steps[0]: blocks nested 4 deep: at most 3 (a block inside a block inside a block) stay readable; split the flow',
    ]);
  });
});
