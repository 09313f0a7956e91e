// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testFlow } from '../testing/factories';
import { FlowSummary } from './FlowSummary';

describe('FlowSummary', () => {
  it('names the source, and when a flow was read from a trace, the day it was recorded and the services\' versions', () => {
    const flow = testFlow({ source: { document: 'orders.otlp.json', section: 'trace 8136dd0f', trace: { recorded: '2026-11-24', services: { 'shop-api': '1.0.0', inventory: '2.1.0' } } } });
    render(<FlowSummary flow={flow} />);
    expect(screen.getByText(/^Source:/).textContent).toBe('Source: orders.otlp.json › trace 8136dd0f · recorded from a trace on 2026-11-24 (shop-api 1.0.0, inventory 2.1.0)');
  });

  it('says nothing of traces for a flow written by hand', () => {
    render(<FlowSummary flow={testFlow()} />);
    expect(screen.getByText(/^Source:/).textContent).toBe('Source: Doc › Section');
  });
});
