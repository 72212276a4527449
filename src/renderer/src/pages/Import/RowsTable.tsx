import { Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { duplicateChoices, type DuplicateChoice } from '../../../../shared/api/imports';
import type { ImportPreview, ImportRow } from '../../../../shared/model';
import { translateKey } from '../../lib/errors';
import { useFieldLabel } from './fieldLabels';
import { choiceFor, type ImportDecisions } from './plan';

/** Wider columns for the fields that hold long text, so names are not cut to a word. */
const wideFields = new Set(['nameKk', 'nameRu', 'fullName', 'organisation', 'address', 'notes']);
const fieldWidth = (field: string) => (wideFields.has(field) ? 260 : 170);
const ROW_WIDTH = 72;
const PROBLEMS_WIDTH = 250;
const DUPLICATE_WIDTH = 270;
/** Tall enough for eight or so rows at 1366×768 with the step's controls above. */
const TABLE_HEIGHT = 420;

/**
 * The rows of the file as they will be imported. The row number stays on the left and
 * the duplicate choice on the right, so neither scrolls away among many columns; the
 * problems come first, each naming its field, and the cell it is about is marked red.
 * Virtual, so thousands of rows stay smooth.
 */
export const RowsTable = ({
  preview,
  rows,
  decisions,
  onChoice,
}: {
  preview: ImportPreview;
  rows: ImportRow[];
  decisions: ImportDecisions;
  onChoice: (rowNumber: number, choice: DuplicateChoice) => void;
}) => {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel(preview.kind);
  const fields = preview.columns.flatMap((c) => (c.field ? [c.field] : []));
  const hasProblems = preview.counts.withProblems > 0;
  const hasDuplicates = preview.counts.duplicates > 0;

  const columns: TableColumnsType<ImportRow> = [
    {
      key: 'row',
      title: t('importWizard.check.row'),
      width: ROW_WIDTH,
      fixed: 'left',
      render: (_, r) => <span className="kenes-import-row-number">{r.rowNumber}</span>,
    },
  ];
  if (hasProblems) {
    columns.push({
      key: 'problems',
      title: t('importWizard.check.problems'),
      width: PROBLEMS_WIDTH,
      render: (_, r) =>
        r.problems.length > 0 ? (
          <ul className="kenes-import-problems">
            {r.problems.map((p, i) => (
              <li key={i}>
                {p.field ? <strong>{fieldLabel(p.field)}: </strong> : null}
                {translateKey(t, p, p.message)}
              </li>
            ))}
          </ul>
        ) : null,
    });
  }
  for (const field of fields) {
    columns.push({
      key: field,
      title: fieldLabel(field),
      width: fieldWidth(field),
      render: (_, r) => {
        const bad = r.problems.some((p) => p.field === field);
        return (
          <span className={bad ? 'kenes-import-value kenes-import-cell-bad' : 'kenes-import-value'}>
            {r.values[field] || t('importWizard.check.emptyValue')}
          </span>
        );
      },
    });
  }
  if (hasDuplicates) {
    columns.push({
      key: 'duplicate',
      title: t('importWizard.check.duplicate'),
      width: DUPLICATE_WIDTH,
      fixed: 'right',
      render: (_, r) =>
        r.duplicate ? (
          <div className="kenes-import-duplicate">
            {r.duplicate.source === 'file' ? (
              <div>{t('importWizard.check.duplicateInFile', { row: r.duplicate.rowNumber ?? '' })}</div>
            ) : (
              <div>
                <span className="kenes-import-value">{r.duplicate.name}</span>
                {r.duplicate.district ? (
                  <Typography.Text type="secondary"> · {r.duplicate.district}</Typography.Text>
                ) : null}
                {r.duplicate.archived ? (
                  <Tag className="kenes-archived-tag">{t('common.archivedTag')}</Tag>
                ) : null}
              </div>
            )}
            <Select<DuplicateChoice>
              className="kenes-full-width"
              aria-label={t('importWizard.check.choiceFor', { row: r.rowNumber })}
              value={choiceFor(r, decisions)}
              options={duplicateChoices.map((c) => ({
                value: c,
                label: t(`importWizard.check.choices.${c}`),
              }))}
              onChange={(c) => onChoice(r.rowNumber, c)}
            />
          </div>
        ) : null,
    });
  }
  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);

  return (
    <section aria-label={t('importWizard.check.tableLabel')} className="kenes-import-rows">
      <Table<ImportRow>
        virtual
        size="middle"
        rowKey="rowNumber"
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: width, y: TABLE_HEIGHT }}
        rowClassName={(r) => (r.problems.length > 0 ? 'kenes-import-row-bad' : '')}
        locale={{ emptyText: t('importWizard.check.noRows') }}
      />
    </section>
  );
};
