import { createFileRoute } from '@tanstack/react-router';
import { IndexEntryPage } from '../../../crossIndex/IndexPages';
import { loadEntry } from '../../../crossIndex/indexRoute';
import { NotFound } from '../../../explorer/NotFound';

export const Route = createFileRoute('/entities/$system/$entry')({
  loader: ({ params }) => loadEntry('entities', params),
  component: function Page() {
    return <IndexEntryPage kind="entities" entry={Route.useLoaderData()} />;
  },
  notFoundComponent: () => <NotFound what={`There is no '${Route.useParams().entry}' in the entities of '${Route.useParams().system}'.`} />,
});
