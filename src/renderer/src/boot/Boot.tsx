import { useEffect, useMemo, useState } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { api, hasBrowserToken, isBrowserMode } from '../api/client';
import { applyLanguage } from '../i18n';
import { useKenesStore } from '../store';
import type { KenesState } from '../store';
import { createRouter, prefetchStartPage } from '../shell/router';
import { TokenMissing } from './TokenMissing';
import { Welcome } from './Welcome';
import { describeApiError } from '../lib/errors';
import { toApiError } from '../lib/useApiQuery';
import type { ApiError } from '../../../shared/api/contract';

type Phase =
  { name: 'loading' } | { name: 'failed'; error: ApiError } | { name: 'welcome' } | { name: 'ready' };

const selectBootActions = (s: KenesState) => ({ setLanguage: s.setLanguage, setStatus: s.setStatus });

/**
 * Reads the settings (for the language) and the workspace status, then shows the
 * first-start screen or the app. Browser mode without its token cannot read anything.
 */
export const Boot = () => {
  const { t } = useTranslation();
  const { setLanguage, setStatus } = useKenesStore(useShallow(selectBootActions));
  const tokenMissing = isBrowserMode() && !hasBrowserToken();
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const router = useMemo(() => (phase.name === 'ready' ? createRouter() : null), [phase.name]);

  useEffect(() => {
    if (tokenMissing) return;
    let live = true;
    const load = async () => {
      try {
        // Both at once: the status need not wait for the language.
        const statusAnswer = api.workspace.status({});
        statusAnswer.catch(() => undefined);
        const settings = await api.settings.get({});
        const status = await statusAnswer;
        if (status.initialised) prefetchStartPage(window.location.hash, useKenesStore.getState().revision);
        await applyLanguage(settings.language);
        setLanguage(settings.language);
        if (!live) return;
        setStatus(status);
        setPhase(status.initialised ? { name: 'ready' } : { name: 'welcome' });
      } catch (e) {
        if (live) setPhase({ name: 'failed', error: toApiError(e) });
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [tokenMissing, attempt, setLanguage, setStatus]);

  if (tokenMissing) return <TokenMissing />;
  if (phase.name === 'loading') {
    return (
      <Flex align="center" justify="center" className="kenes-centred">
        <Spin size="large" aria-label={t('app.loading')} />
      </Flex>
    );
  }
  if (phase.name === 'failed') {
    return (
      <Flex align="center" justify="center" className="kenes-centred">
        <Result
          status="error"
          title={t('app.loadFailed')}
          subTitle={describeApiError(phase.error)}
          extra={
            <Button
              type="primary"
              onClick={() => {
                setPhase({ name: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('app.retry')}
            </Button>
          }
        />
      </Flex>
    );
  }
  if (phase.name === 'welcome') return <Welcome onCreated={() => setAttempt((n) => n + 1)} />;
  return router ? <RouterProvider router={router} /> : null;
};
