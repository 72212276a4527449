import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentLanguage, ExportedFile } from '../../../../../shared/api/exports';
import { renderDocx } from './renderDocx';
import './print.css';

export interface PrintJob {
  language: DocumentLanguage;
  file: ExportedFile;
}

interface Props {
  job: PrintJob | null;
  onClose: () => void;
}

type Stage = 'rendering' | 'ready' | 'failed';

/**
 * The drafted agreement shown as pages inside Kenes, with Print and Close. Printing goes
 * through the system dialog (window.print); print.css hides everything but the pages.
 */
export const PrintPreview = ({ job, onClose }: Props) => {
  const { t } = useTranslation();
  // The modal mounts its body in a portal after opening: render once the element exists.
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  // Which job the pages show, and whether they came out: a new job is 'rendering' until then.
  const [outcome, setOutcome] = useState<{ job: PrintJob; ok: boolean } | null>(null);
  const stage: Stage = !outcome || outcome.job !== job ? 'rendering' : outcome.ok ? 'ready' : 'failed';

  useEffect(() => {
    if (!job || !container) return;
    let current = true;
    const settle = (ok: boolean) => current && setOutcome({ job, ok });
    renderDocx(job.file, container).then(
      () => settle(true),
      () => settle(false),
    );
    return () => {
      current = false;
      container.replaceChildren();
    };
  }, [job, container]);

  const print = () => {
    // The browser offers the page title as the PDF name and may print it in the margin.
    const title = document.title;
    document.title = job?.file.fileName.replace(/\.docx$/i, '') ?? title;
    window.addEventListener('afterprint', () => (document.title = title), { once: true });
    window.print();
  };

  return (
    <Modal
      open={job !== null}
      title={
        job ? t('agreements.print.title', { language: t(`agreements.print.language_${job.language}`) }) : ''
      }
      onCancel={onClose}
      width={960}
      style={{ top: 16, paddingBottom: 0 }}
      destroyOnHidden
      rootClassName="kenes-print-root"
      className="kenes-print-modal"
      classNames={{
        wrapper: 'kenes-print-wrap',
        container: 'kenes-print-container',
        body: 'kenes-print-body',
        header: 'kenes-print-chrome',
        footer: 'kenes-print-chrome',
        close: 'kenes-print-chrome',
        mask: 'kenes-print-chrome',
      }}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('agreements.print.close')}
        </Button>,
        <Button
          key="print"
          type="primary"
          icon={<PrinterOutlined />}
          disabled={stage !== 'ready'}
          onClick={print}
        >
          {t('agreements.print.print')}
        </Button>,
      ]}
    >
      {stage === 'rendering' ? (
        <Spin className="kenes-print-spin kenes-print-chrome" description={t('agreements.print.rendering')} />
      ) : null}
      {stage === 'failed' ? (
        <Alert type="error" showIcon className="kenes-print-chrome" title={t('agreements.print.failed')} />
      ) : null}
      <div
        ref={setContainer}
        className="kenes-print-pages"
        role="document"
        aria-label={t('agreements.print.pagesLabel')}
        aria-busy={stage === 'rendering'}
      />
    </Modal>
  );
};
