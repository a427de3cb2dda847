/** Entry point: i18n first (the API client and antd read it), then the providers and the router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/i18n';
import { AppRoot } from './app/AppRoot';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot />
  </StrictMode>,
);
