import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Segmented, Select, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { duplicateChoices, type DuplicateChoice } from '../../../../shared/api/imports';
import type { ImportRow } from '../../../../shared/model';
import { RowsTable } from './RowsTable';
import { importBlock, planOf, type ImportBlock } from './plan';
import type { ImportWizard } from './useImportWizard';

type RowFilter = 'all' | 'problems' | 'duplicates';

const matches = (filter: RowFilter) => (r: ImportRow) =>
  filter === 'all' || (filter === 'problems' ? r.problems.length > 0 : r.duplicate !== null);

/** Step 3: every row with its problems and duplicates, the choices, and the way to the import. */
export const CheckStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>('all');
  const { preview, decisions } = wizard;
  const rows = useMemo(() => preview?.rows.filter(matches(filter)) ?? [], [preview, filter]);
  if (!preview) return null;

  const plan = planOf(preview.rows, decisions);
  const block = importBlock(preview, plan);
  const { counts } = preview;
  const blockText = (b: ImportBlock): string =>
    b.reason === 'missing'
      ? t('importWizard.check.blockedByMissing')
      : b.reason === 'problems'
        ? t('importWizard.check.blockedByProblems', { count: b.count })
        : t('importWizard.check.blockedNothing');

  return (
    <Card className="kenes-import-card">
      <Flex vertical gap={16}>
        <Typography.Paragraph className="kenes-import-intro">
          {t('importWizard.check.intro')}
        </Typography.Paragraph>
        <Flex
          gap={32}
          wrap
          className="kenes-import-counts"
          role="group"
          aria-label={t('importWizard.steps.check')}
        >
          <Statistic title={t('importWizard.check.counts.rows')} value={counts.rows} />
          <Statistic title={t('importWizard.check.counts.valid')} value={counts.valid} />
          <Statistic
            title={t('importWizard.check.counts.withProblems')}
            value={counts.withProblems}
            className={counts.withProblems > 0 ? 'kenes-import-count-bad' : undefined}
          />
          <Statistic title={t('importWizard.check.counts.duplicates')} value={counts.duplicates} />
        </Flex>

        <Flex gap={24} wrap align="center">
          <Flex align="center" gap={8}>
            <Typography.Text id="kenes-import-filter">{t('importWizard.check.filter')}</Typography.Text>
            <Segmented<RowFilter>
              aria-labelledby="kenes-import-filter"
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'all', label: `${t('importWizard.check.filters.all')} (${counts.rows})` },
                {
                  value: 'problems',
                  label: `${t('importWizard.check.filters.problems')} (${counts.withProblems})`,
                },
                {
                  value: 'duplicates',
                  label: `${t('importWizard.check.filters.duplicates')} (${counts.duplicates})`,
                },
              ]}
            />
          </Flex>
          {counts.duplicates > 0 ? (
            <Flex align="center" gap={8}>
              <label htmlFor="kenes-import-duplicates">{t('importWizard.check.allDuplicates')}</label>
              <Select<DuplicateChoice>
                id="kenes-import-duplicates"
                className="kenes-import-choice"
                value={decisions.duplicateDefault}
                options={duplicateChoices.map((c) => ({
                  value: c,
                  label: t(`importWizard.check.choices.${c}`),
                }))}
                onChange={wizard.setDuplicateDefault}
              />
            </Flex>
          ) : null}
        </Flex>

        <RowsTable preview={preview} rows={rows} decisions={decisions} onChoice={wizard.setDuplicateRow} />

        <Checkbox checked={decisions.skipInvalid} onChange={(e) => wizard.setSkipInvalid(e.target.checked)}>
          {t('importWizard.check.skipInvalid')}
        </Checkbox>
        {block ? <Alert type="warning" showIcon role="alert" title={blockText(block)} /> : null}

        <Flex justify="space-between" gap={12} wrap>
          <Button onClick={() => wizard.setStep('columns')}>{t('importWizard.back')}</Button>
          <Button type="primary" disabled={block !== null} onClick={() => wizard.setStep('import')}>
            {t('importWizard.toImport')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
};
