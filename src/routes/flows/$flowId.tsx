import { createFileRoute, notFound } from '@tanstack/react-router';
import { loaders } from 'virtual:flows';
import { useCallback, useEffect, useMemo } from 'react';
import { FlowExplorer } from '../../explorer/FlowExplorer';
import { NotFound } from '../../explorer/NotFound';
import { resolveStep } from '../../flow/resolveStep';

export const Route = createFileRoute('/flows/$flowId')({
  validateSearch: (search: Record<string, unknown>): { step?: string } => {
    const step = search.step;
    return typeof step === 'string' && step !== '' ? { step } : {};
  },
  loader: async ({ params }) => {
    const load = loaders[params.flowId];
    if (!load) throw notFound();
    return load();
  },
  component: FlowPage,
  notFoundComponent: FlowNotFound,
});

function FlowNotFound() {
  const { flowId } = Route.useParams();
  return <NotFound what={`There is no flow '${flowId}'.`} />;
}

function FlowPage() {
  const flow = Route.useLoaderData();
  const { step } = Route.useSearch();
  const navigate = Route.useNavigate();
  const resolved = useMemo(() => resolveStep(flow, step), [flow, step]);

  // Replace, never push: Back leaves the flow instead of rewinding steps one by one.
  const goTo = useCallback(
    (index: number) => {
      const target = flow.steps[Math.max(0, Math.min(index, flow.steps.length - 1))];
      navigate({ search: (prev) => ({ ...prev, step: target.id }), replace: true });
    },
    [flow, navigate],
  );

  // ?step=4 becomes ?step=<id of step 4>, so a shared link keeps pointing at the same step when steps are reordered.
  useEffect(() => {
    if (resolved.canonicalId) navigate({ search: (prev) => ({ ...prev, step: resolved.canonicalId }), replace: true });
  }, [resolved.canonicalId, navigate]);

  return <FlowExplorer key={flow.id} flow={flow} index={resolved.index} unknownStep={resolved.unknownStep} goTo={goTo} />;
}
