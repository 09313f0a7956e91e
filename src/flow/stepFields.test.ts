import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowSources } from '../../scripts/flowSources.ts';
import { validateFlowSources } from './validate.ts';

/**
 * Every step between two participants that are not actors carries what it touches (an endpoint, a table or key, a
 * state change), or is one of these: each listed under its reason, and its description starts with that reason, so the
 * reader is told why the panel is empty. Dokkerr is known only from its documents and names no fields at all.
 */
const EXCEPTIONS: Record<string, { why: string; steps: string[] }> = {
  "Schema migration": {
    why: "DDL at start-up, no table's rows",
    steps: [
      'brokkr-admin-bootstrap#run-migrations',
    ],
  },
  "In-memory": {
    why: "work inside one process: parsing, checks, hashing, caches, in-process publishing",
    steps: [
      'brokkr-admin-bootstrap#choose-admin-key',
      'brokkr-agent-deletion#evict-agent-hash',
      'brokkr-agent-reconciliation#annotate-objects',
      'brokkr-deployment-health#classify-health',
      'brokkr-deployment-health#track-applied-objects',
      'brokkr-deployment-object-lifecycle#build-manifests',
      'brokkr-event-webhooks#queue-audit-entry',
      'brokkr-fleet-view#snapshot-ws-registry',
      'brokkr-generator-auth#check-generator-id',
      'brokkr-generator-deletion#evict-generator-hash',
      'brokkr-live-telemetry#register-stack-channel',
      'brokkr-pak-rotation#evict-old-hash',
      'brokkr-pak-rotation#mint-new-pak',
      'brokkr-pak-verification#attach-auth-payload',
      'brokkr-pak-verification#check-auth-cache',
      'brokkr-pak-verification#compare-ui-pak',
      'brokkr-pak-verification#hash-long-token',
      'brokkr-retention-jobs#tasks-read-new-values',
      'brokkr-stack-templates#render-template',
      'brokkr-stack-templates#validate-template',
      'kanban-cross-domain-sign-in#sign-sso-token',
      'kanban-idle-suspension#keep-running',
      'kanban-orphaned-task-recovery#skip-card',
      'kanban-realtime-task-progress#process-step-1',
      'kanban-realtime-task-progress#process-step-2',
      'kanban-team-deletion#team-stays-pending-deletion',
      'kanban-team-provisioning#team-stays-provisioning',
      'kubeorch-alerts#publish-alert-fired',
      'kubeorch-alerts#publish-alert-resolved',
      'kubeorch-alerts#publish-notification',
      'kubeorch-cluster-onboarding#monitor-evaluate-alerts',
      'kubeorch-compose-import#auto-layout',
      'kubeorch-compose-import#convert-to-nodes',
      'kubeorch-compose-import#generate-edges',
      'kubeorch-compose-import#parse-compose',
      'kubeorch-container-build#publish-complete',
      'kubeorch-container-build#publish-failed',
      'kubeorch-container-build#stream-build-logs',
      'kubeorch-email-password-auth#generate-jwt',
      'kubeorch-email-password-auth#hash-password',
      'kubeorch-email-password-auth#validate-input',
      'kubeorch-git-import#convert-analysis',
      'kubeorch-git-import#publish-complete',
      'kubeorch-git-import#publish-progress',
      'kubeorch-node-diagnostics#evaluate-checks',
      'kubeorch-node-diagnostics#render-service-fix',
      'kubeorch-oauth-login#check-email-domain',
      'kubeorch-registry-management#validate-registry',
      'kubeorch-resource-monitoring#parse-event',
      'kubeorch-resource-monitoring#publish-node-update',
      'kubeorch-version-control#diff-versions',
      'kubeorch-workflow-deletion#skip-unlisted-types',
      'kubeorch-workflow-deletion#stop-watchers',
      'kubeorch-workflow-deploy#order-nodes',
      'kubeorch-workflow-deploy#publish-node-update',
      'kubeorch-workflow-deploy#start-watcher',
    ],
  },
  "External call": {
    why: "a call to a system outside the flows' stores and APIs (Kubernetes, Git hosts, OAuth and LLM providers, the Docker CLI, webhook receivers)",
    steps: [
      'brokkr-agent-reconciliation#apply-objects',
      'brokkr-agent-reconciliation#clean-up-missing-stacks',
      'brokkr-agent-reconciliation#probe-kubernetes',
      'brokkr-agent-reconciliation#prune-stale-objects',
      'brokkr-deployment-health#attribute-pods',
      'brokkr-deployment-health#list-pods',
      'brokkr-deployment-object-lifecycle#apply-to-cluster',
      'brokkr-deployment-object-lifecycle#prune-other-checksums',
      'brokkr-deployment-object-lifecycle#prune-stack-resources',
      'brokkr-diagnostics#collect-diagnostics',
      'brokkr-event-webhooks#agent-posts-payload',
      'brokkr-event-webhooks#endpoint-responds',
      'brokkr-event-webhooks#post-payload',
      'brokkr-generator-deletion#clean-up-generator-stacks',
      'brokkr-live-telemetry#follow-pod-logs',
      'brokkr-live-telemetry#resolve-event-stack',
      'brokkr-live-telemetry#watch-k8s-events',
      'brokkr-stack-deletion#clean-up-stack-resources',
      'brokkr-work-orders#execute-work-order',
      'kanban-card-agent-processing#continue-with-llm',
      'kanban-card-agent-processing#final-response',
      'kanban-card-agent-processing#llm-request',
      'kanban-card-agent-processing#tool-calls',
      'kanban-idle-suspension#list-running-teams',
      'kanban-idle-suspension#start-team-containers',
      'kanban-idle-suspension#suspend-containers',
      'kanban-llm-request-routing#forward-request',
      'kanban-llm-request-routing#llm-response',
      'kanban-orphaned-task-recovery#check-kanban-running',
      'kanban-sandbox-creation#clone-database',
      'kanban-sandbox-creation#deploy-sandbox-containers',
      'kanban-sandbox-deletion#remove-sandbox-containers',
      'kanban-sandbox-deletion#stop-sandbox-containers',
      'kanban-team-deletion#remove-containers',
      'kanban-team-deletion#stop-containers',
      'kanban-team-provisioning#start-containers',
      'kanban-workspace-deletion#remove-kanban-team',
      'kanban-workspace-deletion#remove-sandbox-containers',
      'kanban-workspace-deletion#stop-app-containers',
      'kanban-workspace-provisioning#create-kanban-team',
      'kanban-workspace-provisioning#deploy-app',
      'kubeorch-alerts#read-cluster-metrics',
      'kubeorch-alerts#send-to-channel',
      'kubeorch-cluster-onboarding#first-version-check',
      'kubeorch-cluster-onboarding#monitor-version-check',
      'kubeorch-cluster-onboarding#remove-control-plane-taints',
      'kubeorch-container-build#generate-dockerfile',
      'kubeorch-git-import#clone-repo',
      'kubeorch-node-diagnostics#apply-fix-yaml',
      'kubeorch-node-diagnostics#detect-environment',
      'kubeorch-node-diagnostics#inspect-service',
      'kubeorch-node-diagnostics#restart-metallb-controller',
      'kubeorch-oauth-login#exchange-code',
      'kubeorch-oauth-login#fetch-userinfo',
      'kubeorch-oauth-login#token-response',
      'kubeorch-oauth-login#userinfo-response',
      'kubeorch-registry-management#apply-pull-secret',
      'kubeorch-registry-management#background-registry-test',
      'kubeorch-registry-management#push-with-credentials',
      'kubeorch-resource-monitoring#get-initial-state',
      'kubeorch-resource-monitoring#open-watch',
      'kubeorch-resource-monitoring#watch-event',
      'kubeorch-workflow-deletion#delete-node-resource',
      'kubeorch-workflow-deletion#resources-keep-running',
      'kubeorch-workflow-deploy#apply-manifest',
      'kubeorch-workflow-deploy#resource-created',
    ],
  },
  "Database trigger": {
    why: "the database enforcing a rule on its own row, no request",
    steps: [
      'brokkr-deployment-creation#enforce-immutability',
    ],
  },
  "Host filesystem": {
    why: "files on the host: working copies, compose files, archives",
    steps: [
      'kanban-card-agent-processing#execute-tools',
      'kanban-card-agent-processing#git-commit',
      'kanban-card-agent-processing#read-write-files',
      'kanban-sandbox-deletion#archive-sandbox-data',
      'kanban-team-deletion#archive-team-data',
      'kanban-team-provisioning#create-compose',
      'kanban-workspace-deletion#archive-workspace-data',
      'kubeorch-git-import#find-compose-file',
    ],
  },
  "In the browser": {
    why: "work in the frontend: stores, redirects, notifications",
    steps: [
      'kanban-cross-domain-sign-in#read-sso-token',
      'kanban-cross-domain-sign-in#redirect-to-board',
      'kanban-realtime-task-progress#show-success-notification',
      'kanban-realtime-task-progress#update-progress-bar',
      'kanban-realtime-task-progress#update-ui-step-2',
      'kubeorch-email-password-auth#store-token',
    ],
  },
  "Design only": {
    why: "drawn by the architecture document, with no public code to name a field from",
    steps: [
      'kanban-llm-request-routing#check-rate-limit',
      'kanban-llm-request-routing#map-model-to-provider',
      'kanban-llm-request-routing#response-to-proxy',
      'kanban-llm-request-routing#route-request',
      'kanban-llm-request-routing#track-usage',
      'kanban-llm-request-routing#validate-api-key',
      'kanban-sandbox-creation#generate-webhook-secret',
      'kanban-sandbox-creation#provision-agent',
    ],
  },
};

const { flows: sources, systems } = readFlowSources(resolve('flows'));
const { flows } = validateFlowSources(sources, systems);
const CHECKED = new Set(['brokkr', 'kubeorch', 'kanban']);

/** Steps between two non-actor participants, with whether each carries a field. */
function serviceSteps() {
  return flows.filter((f) => CHECKED.has(f.system)).flatMap((flow) => {
    const kind = (id: string) => flow.participants.find((p) => p.id === id)?.kind;
    return flow.steps
      .filter((step) => kind(step.from) !== 'actor' && kind(step.to) !== 'actor')
      .map((step) => ({ key: `${flow.id}#${step.id}`, system: flow.system, step, carries: !!(step.endpoint || step.tables?.length || step.state?.length) }));
  });
}

describe('fields on service-to-service steps', () => {
  const steps = serviceSteps();
  const listed = new Map(Object.entries(EXCEPTIONS).flatMap(([reason, { steps: ids }]) => ids.map((id) => [id, reason] as const)));

  it('every such step carries an endpoint, a table or key, or a state change, unless it is listed with its reason', () => {
    expect(steps.filter((s) => !s.carries && !listed.has(s.key)).map((s) => s.key)).toEqual([]);
  });

  it('each listed step exists, carries nothing, and its description says why first', () => {
    const byKey = new Map(steps.map((s) => [s.key, s]));
    const wrong = [...listed].filter(([id, reason]) => {
      const s = byKey.get(id);
      return !s || s.carries || !s.step.description?.startsWith(reason);
    });
    expect(wrong.map(([id]) => id)).toEqual([]);
  });

  it('most service-to-service steps of each system carry a field', () => {
    for (const system of CHECKED) {
      const own = steps.filter((s) => s.system === system);
      expect(own.filter((s) => s.carries).length / own.length, system).toBeGreaterThan(0.65);
    }
  });
});
