import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { useFormat } from '../../lib/format';
import { HIDDEN_FIELDS, fieldLabel, formatValue, type Names } from '../Organisations/OrganisationHistory';

interface Props {
  entry: HistoryEntry;
  names: Names;
}

/** The record before and after one change, side by side; the fields that changed are highlighted. */
export const HistoryDiff = ({ entry, names }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const { token } = theme.useToken();
  const changed = new Set(entry.changedFields);
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].filter(
    (f) => !HIDDEN_FIELDS.has(f),
  );
  // Changed fields first: they are what the user opened the row for.
  fields.sort((a, b) => Number(changed.has(b)) - Number(changed.has(a)));
  if (fields.length === 0)
    return <Typography.Text type="secondary">{t('historyLog.noFields')}</Typography.Text>;

  const show = (snapshot: Record<string, unknown> | null, field: string) =>
    snapshot === null ? '' : formatValue(t, labels, format.dateTime, names, field, snapshot[field]);

  return (
    <table className="kenes-history-diff" aria-label={t('historyLog.before') + ' / ' + t('historyLog.after')}>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}>
            {t('historyLog.field')}
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            {t('historyLog.before')}
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            {t('historyLog.after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const isChanged = changed.has(field);
          return (
            <tr
              key={field}
              data-changed={isChanged || undefined}
              style={isChanged ? { background: token.colorWarningBg } : undefined}
            >
              <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal', paddingInlineEnd: 16 }}>
                {fieldLabel(t, entry.entity, field)}
                {isChanged ? (
                  <Typography.Text type="warning"> ({t('historyLog.changed')})</Typography.Text>
                ) : null}
              </th>
              <td style={{ paddingInlineEnd: 16 }}>
                {isChanged ? <del>{show(entry.before, field)}</del> : show(entry.before, field)}
              </td>
              <td>{isChanged ? <ins>{show(entry.after, field)}</ins> : show(entry.after, field)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
