import { createFileRoute } from '@tanstack/react-router';
import { IndexListPage } from '../../crossIndex/IndexPages';
import { loadIndex, parseIndexSearch } from '../../crossIndex/indexRoute';

export const Route = createFileRoute('/endpoints/')({
  validateSearch: parseIndexSearch,
  loader: loadIndex,
  component: function Page() {
    return <IndexListPage kind="endpoints" index={Route.useLoaderData()} system={Route.useSearch().system} />;
  },
});
