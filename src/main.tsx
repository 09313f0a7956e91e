import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDeferredBrowserHistory } from './app/deferredHistory';
import { createAppRouter } from './app/router';
import './styles.css';

const router = createAppRouter(createDeferredBrowserHistory());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
