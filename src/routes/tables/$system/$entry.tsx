import { createFileRoute } from '@tanstack/react-router';
import { IndexEntryPage } from '../../../crossIndex/IndexPages';
import { loadEntry } from '../../../crossIndex/indexRoute';
import { NotFound } from '../../../explorer/NotFound';

export const Route = createFileRoute('/tables/$system/$entry')({
  loader: ({ params }) => loadEntry('tables', params),
  component: function Page() {
    return <IndexEntryPage kind="tables" entry={Route.useLoaderData()} />;
  },
  notFoundComponent: () => <NotFound what={`There is no '${Route.useParams().entry}' in the tables of '${Route.useParams().system}'.`} />,
});
