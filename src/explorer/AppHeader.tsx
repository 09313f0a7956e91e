import type { ReactNode } from 'react';
import { SpaLink } from '../app/SpaLink';
import { catalogHref } from '../app/urls';
import { SearchButton } from '../search/SearchLauncher';

export function AppHeader({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  return (
    <header className={actions ? 'app-header app-header--actions' : 'app-header'}>
      <SpaLink href={catalogHref()} className="brand">
        <svg viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <circle cx="9" cy="16" r="4" fill="white" />
          <circle cx="23" cy="16" r="4" fill="white" />
          <path d="M13 16h6" stroke="white" strokeWidth="2.5" />
        </svg>
        <span>Flow Explorer</span>
      </SpaLink>
      <div className="app-header-context">{children}</div>
      <SearchButton />
      {actions && <div className="app-header-actions">{actions}</div>}
    </header>
  );
}
