import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MergeConflicts } from './MergeConflicts';
import { MergeFilePicker } from './MergeFilePicker';
import { MergeReportView } from './MergeReportView';
import { MergeSummary } from './MergeSummary';
import { useMerge } from './useMerge';

/**
 * Settings › Merge: a district council's workspace file into this one. The preview shows
 * what comes in and what differs; the Merge button waits until every differing record has
 * a choice, and the merge takes a backup first and is one step for Undo.
 */
export const MergePage = () => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const merge = useMerge();
  const { preview, report } = merge;

  const confirm = () =>
    void modal.confirm({
      title: t('merge.confirmTitle'),
      content: t('merge.confirmBody'),
      okText: t('merge.confirmOk'),
      cancelText: t('merge.cancel'),
      onOk: () => merge.merge(),
    });

  if (report) return <MergeReportView report={report} onAnother={merge.reset} />;

  const incoming = preview?.counts.reduce((sum, c) => sum + c.new, 0) ?? 0;
  const replacing = Object.values(merge.choices).filter((c) => c === 'theirs').length;
  return (
    <Flex vertical gap={16}>
      <MergeFilePicker merge={merge} />
      {preview ? (
        <>
          <MergeSummary preview={preview} />
          <MergeConflicts merge={merge} preview={preview} />
          <Card>
            <Flex justify="space-between" align="center" gap={12} wrap>
              <Typography.Text id="kenes-merge-readiness" type={merge.open > 0 ? 'warning' : undefined}>
                {merge.open > 0
                  ? t('merge.chooseFirst', { count: merge.open })
                  : t('merge.ready', {
                      count: incoming,
                      // Not `replace`: i18next reads that option as the interpolation values.
                      theirs: replacing,
                      ours: preview.conflicts.length - replacing,
                    })}
              </Typography.Text>
              <Button
                type="primary"
                disabled={merge.open > 0}
                loading={merge.merging}
                aria-describedby="kenes-merge-readiness"
                onClick={confirm}
              >
                {t('merge.merge')}
              </Button>
            </Flex>
            {merge.mergeError ? (
              <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={merge.mergeError} />
            ) : null}
          </Card>
        </>
      ) : null}
    </Flex>
  );
};
