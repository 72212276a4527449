import { Alert, Button, Card, Flex, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelledTable } from '../../components/LabelledTable';
import { importFieldsOf, requiredImportFields } from '../../../../shared/api/imports';
import type { ImportColumn } from '../../../../shared/model';
import { columnLetter, useFieldLabel } from './fieldLabels';
import type { ImportWizard } from './useImportWizard';
import { describeRefusal } from './refusal';

const SKIP = '';
const encodingNames = { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251' } as const;

/** Step 2: each column of the file and the field it goes to; every change asks for a fresh preview. */
export const ColumnsStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const { preview } = wizard;
  const fieldLabel = useFieldLabel(preview?.kind ?? wizard.kind);
  if (!preview) return null;

  const required = new Set<string>(requiredImportFields[preview.kind]);
  const fieldOptions = [
    { value: SKIP, label: t('importWizard.columns.skip') },
    ...importFieldsOf(preview.kind).map((f) => ({
      value: f,
      label: required.has(f) ? `${fieldLabel(f)} *` : fieldLabel(f),
    })),
  ];
  const headerOf = (c: ImportColumn) =>
    c.header || t('importWizard.columns.noHeader', { letter: columnLetter(c.index) });

  return (
    <Card className="kenes-import-card">
      <Flex vertical gap={16}>
        <Typography.Paragraph className="kenes-import-intro">
          {t('importWizard.columns.intro')}
        </Typography.Paragraph>
        <Flex align="center" gap={16} wrap>
          <Typography.Text>
            {preview.encoding
              ? t('importWizard.file.chosenCsv', {
                  file: preview.fileName,
                  encoding: encodingNames[preview.encoding],
                })
              : t('importWizard.file.chosen', { file: preview.fileName })}
          </Typography.Text>
          {preview.sheets.length > 1 ? (
            <Flex align="center" gap={8}>
              <label htmlFor="kenes-import-sheet">{t('importWizard.columns.sheet')}</label>
              <Select
                id="kenes-import-sheet"
                className="kenes-import-sheet"
                value={preview.sheet ?? undefined}
                disabled={wizard.reading}
                options={preview.sheets.map((s) => ({ value: s, label: s }))}
                onChange={wizard.setSheet}
              />
            </Flex>
          ) : null}
          {wizard.reading ? (
            <span role="status">
              <Spin size="small" /> {t('importWizard.columns.refreshing')}
            </span>
          ) : null}
        </Flex>

        {wizard.previewError ? (
          <Alert type="error" showIcon role="alert" title={describeRefusal(t, wizard.previewError)} />
        ) : null}
        {preview.missingFields.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('importWizard.columns.missingTitle')}
            description={t('importWizard.columns.missingBody', {
              fields: preview.missingFields.map(fieldLabel).join(', '),
            })}
          />
        ) : (
          <Alert type="success" showIcon title={t('importWizard.columns.allMapped')} />
        )}

        <LabelledTable<ImportColumn>
          label={t('importWizard.columns.tableLabel')}
          rowKey="index"
          size="middle"
          pagination={false}
          dataSource={preview.columns}
          scroll={{ y: 440 }}
          columns={[
            {
              key: 'letter',
              title: t('importWizard.columns.column'),
              width: 90,
              render: (_, c) => columnLetter(c.index),
            },
            {
              key: 'header',
              title: t('importWizard.columns.header'),
              width: '26%',
              render: (_, c) => <Typography.Text strong>{headerOf(c)}</Typography.Text>,
            },
            {
              key: 'samples',
              title: t('importWizard.columns.samples'),
              render: (_, c) => (
                <Typography.Text type="secondary" className="kenes-import-samples">
                  {c.samples.filter((s) => s !== '').join(' · ') || t('importWizard.check.emptyValue')}
                </Typography.Text>
              ),
            },
            {
              key: 'field',
              title: t('importWizard.columns.field'),
              width: 300,
              render: (_, c) => (
                <Select
                  className="kenes-full-width"
                  aria-label={t('importWizard.columns.fieldOf', { header: headerOf(c) })}
                  value={c.field ?? SKIP}
                  options={fieldOptions}
                  onChange={(v: string) => wizard.setField(c.index, v === SKIP ? null : v)}
                />
              ),
            },
          ]}
        />

        <Flex justify="space-between" gap={12} wrap>
          <Button onClick={() => wizard.setStep('file')}>{t('importWizard.back')}</Button>
          <Button
            type="primary"
            disabled={wizard.reading || preview.missingFields.length > 0}
            onClick={() => wizard.setStep('check')}
          >
            {t('importWizard.toCheck')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
};
