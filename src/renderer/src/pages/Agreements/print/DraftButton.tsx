import { Button, Space, Tooltip } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentLanguage } from '../../../../../shared/api/exports';

interface Props {
  language: DocumentLanguage;
  /** Which of the two is under way, if any. */
  working: 'docx' | 'print' | null;
  /** A print preview is open over the summary. */
  previewing: boolean;
  disabled: boolean;
  /** Why both wait (unsaved edits): the draft is made from the saved record. */
  needsSave: string | undefined;
  onDownload: () => void;
  onPrint: () => void;
}

/**
 * One split button per language: the draft as a DOCX file, and beside it the printer,
 * which shows the same file as pages inside Kenes to print. Kept as one group so the
 * summary's toolbar does not grow by two more labelled buttons.
 */
export const DraftButton = ({
  language,
  working,
  previewing,
  disabled,
  needsSave,
  onDownload,
  onPrint,
}: Props) => {
  const { t } = useTranslation();
  const printLabel = t(`agreements.print.button_${language}`);
  return (
    <Space.Compact>
      <Tooltip title={needsSave}>
        <Button
          icon={<FileWordOutlined />}
          loading={working === 'docx'}
          disabled={disabled && working !== 'docx'}
          onClick={onDownload}
        >
          {t(`agreements.actions.docx_${language}`)}
        </Button>
      </Tooltip>
      {/*
        The preview opens under a still pointer, so the tooltip would stay open behind it
        and swallow the first Esc meant for the preview: it is kept shut meanwhile.
      */}
      <Tooltip title={needsSave ?? printLabel} open={working === 'print' || previewing ? false : undefined}>
        <Button
          icon={<PrinterOutlined />}
          aria-label={printLabel}
          loading={working === 'print'}
          disabled={disabled && working !== 'print'}
          onClick={onPrint}
        />
      </Tooltip>
    </Space.Compact>
  );
};
