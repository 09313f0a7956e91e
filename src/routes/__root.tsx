import { createRootRoute, Outlet, useRouter } from '@tanstack/react-router';
import { problems } from 'virtual:flows';
import { useCallback } from 'react';
import { noteFollowedLink } from '../app/arrival';
import { NavigateContext } from '../app/SpaLink';
import { FlowProblems } from '../explorer/FlowProblems';
import { NotFound } from '../explorer/NotFound';
import { SearchLauncher } from '../search/SearchLauncher';

export const Route = createRootRoute({
  component: Root,
  notFoundComponent: () => <NotFound />,
});

function Root() {
  const router = useRouter();
  const navigate = useCallback(
    (href: string) => {
      noteFollowedLink();
      router.history.push(href);
    },
    [router],
  );
  if (problems.length > 0) return <FlowProblems problems={problems} />;
  return (
    <NavigateContext value={navigate}>
      <Outlet />
      <SearchLauncher />
    </NavigateContext>
  );
}
