import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgreementDetail } from '../../../../../shared/model';
import { describeFailure } from '../../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../../store';
import { saveExported } from '../../../lib/savedFile';
import type { PrintJob } from '../print/PrintPreview';

export type ActionName =
  | 'docx-kk'
  | 'docx-ru'
  | 'print-kk'
  | 'print-ru'
  | 'amendment'
  | 'renewal'
  | 'terminate'
  | 'archive'
  | 'restore';

/** What can be done to a saved agreement; each action reports its own failure in words. */
export const useAgreementActions = (detail: AgreementDetail, onOpenVersion: (id: string) => void) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [working, setWorking] = useState<ActionName | null>(null);
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);

  const run = async (name: ActionName, action: () => Promise<void>) => {
    setWorking(name);
    try {
      await action();
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setWorking(null);
    }
  };

  const draftDocx = (language: 'kk' | 'ru') =>
    run(`docx-${language}`, async () => {
      saveExported(await api.exports.agreementDocx({ id: detail.id, language }));
      void message.success(t('agreements.actions.docxDone'));
    });

  /** The same DOCX as the download, opened as pages in the print preview. */
  const printDraft = (language: 'kk' | 'ru') =>
    run(`print-${language}`, async () => {
      setPrintJob({ language, file: await api.exports.agreementDocx({ id: detail.id, language }) });
    });
  const closePrint = () => setPrintJob(null);

  const newVersion = (reason: 'amendment' | 'renewal') =>
    modal.confirm({
      title: t(`agreements.actions.${reason}ConfirmTitle`),
      content: t(`agreements.actions.${reason}ConfirmBody`),
      okText: t(`agreements.actions.${reason}`),
      cancelText: t('common.cancel'),
      onOk: () =>
        run(reason, async () => {
          const next = await api.agreements.newVersion({ id: detail.id, reason });
          void message.success(t(`agreements.actions.${reason}Done`));
          dataChanged();
          onOpenVersion(next.id);
        }),
    });

  const terminate = (on: string) =>
    run('terminate', async () => {
      await api.agreements.terminate({ id: detail.id, on });
      void message.success(t('agreements.actions.terminateDone'));
      dataChanged();
    });

  const archive = () =>
    modal.confirm({
      title: t('agreements.actions.archiveConfirmTitle', { title: detail.title }),
      content: t('agreements.actions.archiveConfirmBody'),
      okText: t('common.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        run('archive', async () => {
          await api.agreements.archive({ id: detail.id });
          void message.success(t('agreements.actions.archiveDone'));
          dataChanged();
        }),
    });

  const restore = () =>
    run('restore', async () => {
      await api.agreements.restore({ id: detail.id });
      void message.success(t('agreements.actions.restoreDone'));
      dataChanged();
    });

  return {
    working,
    draftDocx,
    printJob,
    printDraft,
    closePrint,
    newVersion,
    terminate,
    archive,
    restore,
  };
};
