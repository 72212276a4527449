import { useEffect, useEffectEvent } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Asks before leaving the page with unsaved marks: another route (through the router)
 * or closing the window. Switching tabs within the sitting keeps the marks, so it is not asked.
 */
export const useLeaveGuard = (dirty: boolean) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  // Once per blocked navigation, whatever re-renders happen while the question is open.
  const ask = useEffectEvent(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('decisions.attendance.leaveTitle'),
      content: t('decisions.attendance.leaveBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  });
  useEffect(() => {
    if (blocker.state === 'blocked') ask();
  }, [blocker.state]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
};
