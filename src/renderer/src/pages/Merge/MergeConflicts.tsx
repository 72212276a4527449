import { Button, Card, Flex, Radio, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeConflict, MergePreview } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { useFormat } from '../../lib/format';
import { mergeFieldLabel, mergeValue } from './fields';
import type { MergeChoice, MergeState } from './useMerge';

/** The mark on the version that stays. */
const Chosen = () => {
  const { t } = useTranslation();
  return (
    <Tag color="success" style={{ marginInlineStart: 8 }}>
      {t('merge.chosen')}
    </Tag>
  );
};

interface CardProps {
  conflict: MergeConflict;
  preview: MergePreview;
  choice: MergeChoice | undefined;
  onChoose: (choice: MergeChoice) => void;
}

/** One record that differs: each differing field, ours beside the district's, and the choice. */
const ConflictCard = ({ conflict, preview, choice, onChoose }: CardProps) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const { token } = theme.useToken();
  const show = (value: MergeConflict['fields'][number]['local'], field: string) =>
    mergeValue(t, labels, format, preview, conflict.kind, field, value);
  // The version that stays is marked; the other is dimmed once a choice is made.
  const cell = (side: MergeChoice) => ({
    padding: '6px 10px',
    verticalAlign: 'top' as const,
    background: side === 'local' ? token.colorInfoBg : token.colorWarningBg,
    opacity: choice && choice !== side ? 0.45 : 1,
    outline:
      choice === side ? `2px solid ${side === 'local' ? token.colorInfo : token.colorWarning}` : undefined,
    outlineOffset: -2,
    width: '38%',
    wordBreak: 'break-word' as const,
  });
  const headingId = `kenes-merge-${conflict.key.replace(':', '-')}`;
  const label = labels.lang === 'ru' ? conflict.labelRu : conflict.label;
  return (
    <Card
      size="small"
      data-testid="merge-conflict"
      data-key={conflict.key}
      title={
        <span id={headingId}>
          <Typography.Text type="secondary">{t(`merge.kind.${conflict.kind}`)}: </Typography.Text>
          {label}
        </span>
      }
      extra={
        conflict.changedOnlyIn === 'district' ? (
          <Tag color="warning">{t('merge.changedOnlyInDistrict')}</Tag>
        ) : (
          <Tag>{t('merge.changedOnBothSides')}</Tag>
        )
      }
    >
      <table
        className="kenes-merge-diff"
        aria-labelledby={headingId}
        style={{ width: '100%', borderCollapse: 'separate', borderSpacing: '0 4px' }}
      >
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start', width: '24%' }}>
              {t('merge.field')}
            </th>
            <th scope="col" style={{ textAlign: 'start' }}>
              {t('merge.ours')}
              {choice === 'local' ? <Chosen /> : null}
            </th>
            <th scope="col" style={{ textAlign: 'start' }}>
              {t('merge.district')}
              {choice === 'theirs' ? <Chosen /> : null}
            </th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((f) => (
            <tr key={f.field}>
              <th
                scope="row"
                style={{
                  textAlign: 'start',
                  fontWeight: 'normal',
                  paddingInlineEnd: 12,
                  verticalAlign: 'top',
                }}
              >
                {mergeFieldLabel(t, conflict.kind, f.field)}
              </th>
              <td style={cell('local')}>{show(f.local, f.field)}</td>
              <td style={cell('theirs')}>{show(f.theirs, f.field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Radio.Group
        style={{ marginTop: 8 }}
        aria-label={t('merge.choiceFor', { label })}
        value={choice}
        onChange={(e) => onChoose(e.target.value as MergeChoice)}
        options={[
          { value: 'local', label: t('merge.keepOurs') },
          { value: 'theirs', label: t('merge.takeDistrict') },
        ]}
      />
    </Card>
  );
};

/** Every record that differs, side by side, with "keep all ours" and "take all the district's". */
export const MergeConflicts = ({ merge, preview }: { merge: MergeState; preview: MergePreview }) => {
  const { t } = useTranslation();
  if (preview.conflicts.length === 0)
    return (
      <Card>
        <Typography.Text>{t('merge.noConflicts')}</Typography.Text>
      </Card>
    );
  return (
    <section aria-labelledby="kenes-merge-conflicts">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title
          level={2}
          id="kenes-merge-conflicts"
          className="kenes-card-title"
          style={{ margin: 0 }}
        >
          {t('merge.conflictsTitle', { count: preview.conflicts.length })}
        </Typography.Title>
        <Space wrap>
          <Button onClick={() => merge.chooseAll('local')}>{t('merge.keepAllOurs')}</Button>
          <Button onClick={() => merge.chooseAll('theirs')}>{t('merge.takeAllDistrict')}</Button>
        </Space>
      </Flex>
      <Flex vertical gap={12}>
        {preview.conflicts.map((c) => (
          <ConflictCard
            key={c.key}
            conflict={c}
            preview={preview}
            choice={merge.choices[c.key]}
            onChoose={(choice) => merge.choose(c.key, choice)}
          />
        ))}
      </Flex>
    </section>
  );
};
