import { createFileRoute, notFound } from '@tanstack/react-router';
import { loaders } from 'virtual:flows';
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { EmbeddedExplorer } from '../../explorer/EmbeddedExplorer';
import { parseExplorerSearch } from '../../explorer/explorerSearch';
import { FlowExplorer } from '../../explorer/FlowExplorer';
import { NotFound } from '../../explorer/NotFound';
import { enterFullscreen, exitFullscreen } from '../../present/fullscreen';
import { choicesWithStep, forksOf, parsePath, pathOf, pathParam, pathView } from '../../flow/branches';
import { resolveStep, stepBounds } from '../../flow/resolveStep';

// Presenting and the presenter window are downloaded when first used: a deep link from the docs needs neither.
const PresenterExplorer = lazy(() => import('../../present/PresenterExplorer').then((m) => ({ default: m.PresenterExplorer })));
const SpeakerView = lazy(() => import('../../present/SpeakerView').then((m) => ({ default: m.SpeakerView })));

// Changes within the page (step, outcome, view, presenting): Back leaves the flow instead of rewinding them one by one,
// and the reader's scroll position stays, so the router neither restores nor resets it on every step.
const IN_PAGE = { replace: true, resetScroll: false } as const;

export const Route = createFileRoute('/flows/$flowId')({
  validateSearch: parseExplorerSearch,
  // The router matches /flows/<id>/anything to this route too; only /flows/<id> (or with a trailing slash) is a flow.
  beforeLoad: ({ location, params }) => {
    const rest = location.pathname.replace(/\/+$/, '').split('/flows/').pop();
    if (rest !== params.flowId && rest !== encodeURIComponent(params.flowId)) throw notFound();
  },
  loader: async ({ params }) => {
    const load = loaders.get(params.flowId);
    if (!load) throw notFound();
    return load();
  },
  component: FlowPage,
  notFoundComponent: FlowNotFound,
});

function FlowNotFound() {
  const { flowId } = Route.useParams();
  // /flows/<a real flow>/more is not a page either, but the flow exists: do not claim it does not.
  return <NotFound what={loaders.has(flowId) ? undefined : `There is no flow '${flowId}'.`} />;
}

function FlowPage() {
  const { flow: whole, layout, related, notes: loadNotes } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  // The path the URL asks for; a step inside an outcome puts that outcome on it. Everything below works on the flow as
  // this path shows it: its steps in the order they happen.
  const asked = useMemo(() => parsePath(whole, search.path), [whole, search.path]);
  const choices = useMemo(() => {
    const stepIndex = whole.steps.findIndex((s) => s.id === search.step);
    return choicesWithStep(whole, asked.choices, stepIndex >= 0 ? stepIndex : undefined);
  }, [whole, asked, search.step]);
  const path = pathParam(whole, choices);
  const flow = useMemo(() => pathView(whole, pathOf(whole, choices)), [whole, choices]);
  const range = useMemo(() => ({ from: search.from, to: search.to }), [search.from, search.to]);
  const { first, last } = useMemo(() => stepBounds(flow, range), [flow, range]);
  const resolved = useMemo(() => resolveStep(flow, search.step, range), [flow, search.step, range]);

  const notices = useMemo(() => {
    const out: string[] = asked.unknown.map((token) => `No outcome '${token}' in this flow — showing the first outcome at each fork.`);
    if (resolved.unknownStep !== undefined) out.push(`No step '${resolved.unknownStep}' in this flow — showing step ${first + 1}.`);
    for (const [name, id] of [['from', range.from], ['to', range.to]] as const) {
      if (id !== undefined && !flow.steps.some((s) => s.id === id)) out.push(`No step '${id}' in this flow for '${name}' — showing the whole flow.`);
    }
    return out;
  }, [resolved.unknownStep, range, flow, first, asked.unknown]);

  const goTo = useCallback(
    (index: number) => {
      const target = flow.steps[Math.max(first, Math.min(index, last))];
      navigate({ search: (prev) => ({ ...prev, step: target.id, path }), ...IN_PAGE });
    },
    [flow, first, last, navigate, path],
  );
  // Choosing an outcome keeps the step when it stays on the path; from inside another outcome, it opens the chosen one.
  const choose = useCallback(
    (forkId: string, option: number) => {
      const fork = forksOf(whole).find((f) => f.id === forkId);
      if (!fork || !fork.options[option]) return;
      const next = { ...choices, [forkId]: option };
      const current = whole.steps.indexOf(flow.steps[resolved.index]);
      const nextPath = pathOf(whole, next);
      const target = nextPath.includes(current) ? current : fork.options[option].firstStep ?? nextPath[Math.min(resolved.index, nextPath.length - 1)];
      navigate({ search: (prev) => ({ ...prev, step: whole.steps[target].id, path: pathParam(whole, next) }), ...IN_PAGE });
    },
    [whole, choices, flow, resolved.index, navigate],
  );
  // A step of another outcome: the route puts its outcome on the path (choicesWithStep), the URL then names it.
  const openStep = useCallback((stepId: string) => navigate({ search: (prev) => ({ ...prev, step: stepId }), ...IN_PAGE }), [navigate]);
  const setView = useCallback(
    (view: 'canvas' | 'sequence') => navigate({ search: (prev) => ({ ...prev, view: view === 'sequence' ? 'sequence' : undefined }), ...IN_PAGE }),
    [navigate],
  );

  const setPresent = useCallback(
    (present: boolean) => {
      if (present) enterFullscreen();
      else exitFullscreen();
      navigate({ search: (prev) => ({ ...prev, present: present ? '1' : undefined }), ...IN_PAGE });
    },
    [navigate],
  );

  const setLoop = useCallback(
    (loop: boolean) => navigate({ search: (prev) => ({ ...prev, loop: loop ? '1' : undefined }), ...IN_PAGE }),
    [navigate],
  );

  // ?step=4 becomes ?step=<id of step 4>, so a shared link keeps pointing at the same step when steps are reordered.
  useEffect(() => {
    if (resolved.canonicalId) navigate({ search: (prev) => ({ ...prev, step: resolved.canonicalId }), ...IN_PAGE });
  }, [resolved.canonicalId, navigate]);
  // The URL names the path it shows: a link to a step inside an outcome gains `path`, unknown outcomes are dropped.
  useEffect(() => {
    if (path !== search.path) navigate({ search: (prev) => ({ ...prev, path }), ...IN_PAGE });
  }, [path, search.path, navigate]);

  const Page = search.speaker ? SpeakerView : search.embed ? EmbeddedExplorer : search.present ? PresenterExplorer : FlowExplorer;
  return (
    <Suspense fallback={null}>
      <Page key={flow.id} flow={flow} whole={whole} choices={choices} choose={choose} openStep={openStep} related={related} loadNotes={loadNotes} layout={layout} index={resolved.index} first={first} last={last} search={search} notices={notices} goTo={goTo} setView={setView} setPresent={setPresent} setLoop={setLoop} />
    </Suspense>
  );
}
