/** Providers around the router: server state, antd theme and locale (following the i18n language), and antd's App context. */
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { installSessionHandler } from '../features/auth/api';
import { queryClient } from './query-client';
import { router } from './routes';

const REDUCED_MOTION = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
import './styles.css';

installSessionHandler(queryClient);

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      // Users who ask their system for less motion get none (and so do the browser journeys, which ask for it).
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6, motion: !REDUCED_MOTION } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** The whole app. */
export function AppRoot() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalisedAntd>
        <RouterProvider router={router} />
      </LocalisedAntd>
    </QueryClientProvider>
  );
}
