import { pathOf } from './branches.ts';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowSources } from '../../scripts/flowSources.ts';
import { formatProblem } from './problems.ts';
import { validateFlowSources } from './validate.ts';

// The flow ids are URLs that documentation links to: removing or renaming one breaks those links.
const EXPECTED: Record<string, string[]> = {
  kanban: [
    'kanban-user-authentication', 'kanban-cross-domain-sign-in', 'kanban-api-tokens', 'kanban-team-provisioning',
    'kanban-team-deletion', 'kanban-idle-suspension', 'kanban-card-agent-processing', 'kanban-orphaned-task-recovery',
    'kanban-workspace-provisioning', 'kanban-workspace-deletion', 'kanban-sandbox-creation', 'kanban-sandbox-deletion',
    'kanban-realtime-task-progress', 'kanban-task-retry-cancel', 'kanban-llm-request-routing',
  ],
  kubeorch: [
    'kubeorch-workflow-design', 'kubeorch-workflow-deploy', 'kubeorch-compose-import', 'kubeorch-git-import',
    'kubeorch-container-build', 'kubeorch-registry-management', 'kubeorch-email-password-auth', 'kubeorch-oauth-login',
    'kubeorch-cluster-onboarding', 'kubeorch-resource-monitoring', 'kubeorch-node-diagnostics', 'kubeorch-alerts',
    'kubeorch-version-control', 'kubeorch-workflow-deletion',
  ],
  brokkr: [
    'brokkr-deployment-creation', 'brokkr-stack-templates', 'brokkr-agent-targeting', 'brokkr-agent-reconciliation',
    'brokkr-deployment-object-lifecycle', 'brokkr-deployment-health', 'brokkr-live-telemetry', 'brokkr-event-webhooks',
    'brokkr-pak-verification', 'brokkr-admin-bootstrap', 'brokkr-generator-auth', 'brokkr-pak-rotation',
    'brokkr-work-orders', 'brokkr-diagnostics', 'brokkr-fleet-view', 'brokkr-stack-deletion', 'brokkr-agent-deletion',
    'brokkr-generator-deletion', 'brokkr-retention-jobs',
  ],
  dokkerr: [
    'dokkerr-request-flow', 'dokkerr-container-creation', 'dokkerr-event-processing', 'dokkerr-data-paths',
    'dokkerr-error-recovery', 'dokkerr-backup-restore', 'dokkerr-monitoring', 'dokkerr-authentication',
    'dokkerr-authorization', 'dokkerr-external-integration', 'dokkerr-data-migration', 'dokkerr-release-configuration',
  ],
};

// Each numbered step of the Kanban document is one step of its flow.
const KANBAN_STEP_COUNTS: Record<string, number> = {
  'kanban-user-authentication': 12,
  'kanban-team-provisioning': 14,
  'kanban-card-agent-processing': 15,
  'kanban-workspace-provisioning': 17,
  'kanban-sandbox-creation': 14,
  'kanban-realtime-task-progress': 13,
  'kanban-llm-request-routing': 10,
};

const { flows: sources, systems } = readFlowSources(resolve('flows'));
const result = validateFlowSources(sources, systems);
const byId = new Map(result.flows.map((f) => [f.id, f]));

describe('the repository flows', () => {
  it('all validate', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  describe.each(Object.entries(EXPECTED))('%s', (system, ids) => {
    it.each(ids)('has %s, valid and in this system', (id) => {
      const flow = byId.get(id);
      expect(flow, `flows/${id}.json is missing or invalid`).toBeDefined();
      expect(flow!.system).toBe(system);
    });
  });

  // The documents draw the happy path: the default outcome at each fork.
  it.each(Object.entries(KANBAN_STEP_COUNTS))('%s has the document\'s %i steps on its default path', (id, count) => {
    expect(pathOf(byId.get(id)!, {})).toHaveLength(count);
  });

  it('marks every Dokkerr flow illustrative, and names no endpoint, table or state for it', () => {
    for (const id of EXPECTED.dokkerr) {
      const flow = byId.get(id)!;
      expect(flow.illustrative, id).toBe(true);
      for (const step of flow.steps) expect([step.endpoint, step.tables, step.state], `${id}#${step.id}`).toEqual([undefined, undefined, undefined]);
    }
  });

  it('uses one label per participant id across a system\'s flows, so a cross-flow index can join them', () => {
    const kinds = new Map<string, Set<string>>();
    for (const flow of result.flows) {
      for (const p of flow.participants) {
        const key = `${flow.system}/${p.id}`;
        kinds.set(key, (kinds.get(key) ?? new Set()).add(p.kind));
      }
    }
    const inconsistent = [...kinds].filter(([, set]) => set.size > 1).map(([key, set]) => `${key}: ${[...set].join(', ')}`);
    expect(inconsistent).toEqual([]);
  });

  it('puts KubeOrch endpoints under /v1 and Brokkr ones under /api/v1, as implemented', () => {
    for (const flow of result.flows) {
      const prefix = flow.system === 'kubeorch' ? '/v1/' : flow.system === 'brokkr' ? '/api/v1/' : undefined;
      if (!prefix) continue;
      for (const step of flow.steps) {
        if (step.endpoint && step.endpoint.path.startsWith('/')) {
          const allowed = flow.system === 'brokkr' ? /^\/(api\/v1\/|healthz|readyz|metrics|internal\/ws\/agent)/ : /^\/v1\//;
          expect(step.endpoint.path, `${flow.id}#${step.id}`).toMatch(allowed);
        }
      }
    }
  });
});
