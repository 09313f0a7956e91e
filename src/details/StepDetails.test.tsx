// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testFlow, testStep } from '../testing/factories';
import { StepDetails } from './StepDetails';

const flowHref = (flowId: string, stepId?: string) => `/flows/${flowId}${stepId ? `?step=${stepId}` : ''}`;

function renderStep(index: number, flow = testFlow()) {
  render(<StepDetails flow={flow} index={index} flowHref={flowHref} flowTitle={(id) => (id === 'other' ? 'Other flow' : undefined)} />);
  return screen.getByRole('complementary', { name: 'Step details' });
}

describe('StepDetails', () => {
  it('shows position, label, from → to and kind', () => {
    const panel = renderStep(0);
    expect(within(panel).getByText('Step 1 of 4')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Label of send-request' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('User→toApiRequest');
  });

  it('shows the endpoint, tables with operation, columns and store, and the state transition', () => {
    const flow = testFlow({
      steps: [
        testStep('create', 'user', 'api', {
          endpoint: { method: 'POST', path: '/api/v1/stacks', auth: 'generator PAK' },
          tables: [{ name: 'stacks', operation: 'insert', store: 'PostgreSQL', columns: ['id', 'generator_id'] }],
          state: [{ entity: 'agents', field: 'status', from: 'INACTIVE', to: 'ACTIVE' }, { entity: 'task', from: null, to: 'pending' }],
        }),
        testStep('b', 'api', 'db'),
      ],
    });
    const panel = renderStep(0, flow);
    const endpoint = within(panel).getByRole('region', { name: 'API endpoint' });
    expect(endpoint).toHaveTextContent('POST/api/v1/stacksAuth: generator PAK');
    const database = within(panel).getByRole('region', { name: 'Database' });
    expect(database).toHaveTextContent('insertstacksPostgreSQLidgenerator_id');
    const state = within(panel).getByRole('region', { name: 'State transition' });
    expect(state).toHaveTextContent('agents.statusINACTIVE→toACTIVE');
    expect(state).toHaveTextContent('task(new)→topending');
  });

  it('says what a step does not touch instead of hiding the section', () => {
    const panel = renderStep(1);
    expect(within(panel).getByRole('region', { name: 'API endpoint' })).toHaveTextContent('No API call in this step.');
    expect(within(panel).getByRole('region', { name: 'Database' })).toHaveTextContent('No table, collection or key touched in this step.');
    expect(within(panel).getByRole('region', { name: 'State transition' })).toHaveTextContent('No state changes in this step.');
  });

  it('renders the description as Markdown, never as raw HTML', () => {
    const flow = testFlow({ steps: [testStep('a', 'user', 'api', { description: 'Writes `rows` **once**. <b onclick="x()">bold</b>' }), testStep('b', 'api', 'db')] });
    const panel = renderStep(0, flow);
    const description = within(panel).getByRole('region', { name: 'What happens' });
    expect(description.querySelector('code')).toHaveTextContent('rows');
    expect(description.querySelector('strong')).toHaveTextContent('once');
    expect(description.querySelector('b')).toBeNull();
    expect(description).toHaveTextContent('<b onclick="x()">bold</b>');
  });

  it('never shows the speaker notes: they are for the presenter only', () => {
    const flow = testFlow();
    flow.steps[0] = { ...flow.steps[0], description: 'What the step does.', notes: 'Ask the room about retries.' };
    const panel = renderStep(0, flow);
    expect(panel).toHaveTextContent('What the step does.');
    expect(screen.queryByText(/Ask the room/)).toBeNull();
  });

  it('links to other flows, by title', () => {
    const flow = testFlow({ steps: [testStep('a', 'user', 'api', { links: [{ flow: 'other', step: 'later' }, { flow: 'third', label: 'Cleanup' }] }), testStep('b', 'api', 'db')] });
    const panel = renderStep(0, flow);
    expect(within(panel).getByRole('link', { name: 'Other flow' })).toHaveAttribute('href', '/flows/other?step=later');
    expect(within(panel).getByRole('link', { name: 'Cleanup' })).toHaveAttribute('href', '/flows/third');
  });
});
