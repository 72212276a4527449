import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Segmented, Space, Spin, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined, LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { DocumentLanguage, ExportedFile } from '../../../../../shared/api/exports';
import type { SessionDetail } from '../../../../../shared/model';
import { describeFailure } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { saveExported } from '../../../lib/savedFile';
import { renderDocx } from '../../Agreements/print/renderDocx';
import { printPages } from './printPages';

type Stage = 'rendering' | 'ready' | 'failed';
type Work = 'docx' | 'pdf' | null;

/**
 * The minutes of the sitting: the language they are signed in (Kazakh first, the council's
 * first language, whatever the interface speaks), the pages as the DOCX lays them out, and
 * the DOCX, the PDF and the printer. The preview is made again whenever the record changes,
 * so what is shown is what would be downloaded.
 */
export const MinutesPanel = ({ session }: { session: SessionDetail }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [language, setLanguage] = useState<DocumentLanguage>('kk');
  const [stage, setStage] = useState<Stage>('rendering');
  const [working, setWorking] = useState<Work>(null);
  const [shown, setShown] = useState<ExportedFile | null>(null);
  const pagesRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const container = pagesRef.current;
    if (!container) return;
    let current = true;
    setStage('rendering');
    api.minutes
      .docx({ sessionId: session.id, language })
      .then(async (file) => {
        if (!current) return;
        await renderDocx(file, container);
        if (current) {
          setShown(file);
          setStage('ready');
        }
      })
      .catch(() => current && setStage('failed'));
    return () => {
      current = false;
    };
    // The session object is new after every change to the record: the pages follow it.
  }, [session, language]);

  const download = async (kind: 'docx' | 'pdf') => {
    setWorking(kind);
    try {
      const file = await (kind === 'docx' ? api.minutes.docx : api.minutes.pdf)({
        sessionId: session.id,
        language,
      });
      saveExported(file);
      void message.success(t('minutes.saved'));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setWorking(null);
    }
  };

  const print = () => {
    if (pagesRef.current && shown) printPages(pagesRef.current, shown.fileName);
  };

  const amendments = session.amendments.length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {session.locked ? (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined />}
          title={
            session.approvedAt
              ? t('minutes.approved', { date: format.date(session.approvedAt) })
              : t('minutes.approvedNoDate')
          }
          description={amendments > 0 ? t('minutes.amendments', { count: amendments }) : undefined}
        />
      ) : (
        <Typography.Text type="secondary">{t('minutes.draft')}</Typography.Text>
      )}
      <Space wrap>
        <Segmented<DocumentLanguage>
          aria-label={t('minutes.languageLabel')}
          title={t('minutes.languageHint')}
          value={language}
          onChange={setLanguage}
          options={(['kk', 'ru'] as const).map((value) => ({ value, label: t(`minutes.language_${value}`) }))}
        />
        <Button
          icon={<FileWordOutlined />}
          loading={working === 'docx'}
          disabled={working !== null && working !== 'docx'}
          onClick={() => void download('docx')}
        >
          {t('minutes.docx')}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          loading={working === 'pdf'}
          disabled={working !== null && working !== 'pdf'}
          onClick={() => void download('pdf')}
        >
          {t('minutes.pdf')}
        </Button>
        <Button icon={<PrinterOutlined />} disabled={stage !== 'ready'} onClick={print}>
          {t('minutes.print')}
        </Button>
      </Space>
      {stage === 'failed' ? <Alert type="error" showIcon title={t('minutes.failed')} /> : null}
      <div className="kenes-minutes-desk">
        {stage === 'rendering' ? (
          <Spin className="kenes-minutes-spin" description={t('minutes.rendering')} />
        ) : null}
        <div
          ref={pagesRef}
          role="document"
          aria-label={t('minutes.previewLabel')}
          aria-busy={stage === 'rendering'}
        />
      </div>
    </Space>
  );
};
