import { createFileRoute } from '@tanstack/react-router';
import { IndexListPage } from '../../crossIndex/IndexPages';
import { loadIndex, parseIndexSearch } from '../../crossIndex/indexRoute';

export const Route = createFileRoute('/tables/')({
  validateSearch: parseIndexSearch,
  loader: loadIndex,
  component: function Page() {
    return <IndexListPage kind="tables" index={Route.useLoaderData()} system={Route.useSearch().system} />;
  },
});
