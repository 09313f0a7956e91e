import { createFileRoute } from '@tanstack/react-router';
import { IndexEntryPage } from '../../../crossIndex/IndexPages';
import { loadEntry } from '../../../crossIndex/indexRoute';
import { NotFound } from '../../../explorer/NotFound';

export const Route = createFileRoute('/endpoints/$system/$entry')({
  loader: ({ params }) => loadEntry('endpoints', params),
  component: function Page() {
    return <IndexEntryPage kind="endpoints" entry={Route.useLoaderData()} />;
  },
  notFoundComponent: () => <NotFound what={`There is no '${Route.useParams().entry}' in the endpoints of '${Route.useParams().system}'.`} />,
});
