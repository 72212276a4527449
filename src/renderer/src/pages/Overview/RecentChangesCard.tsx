import { useEffect, useState } from 'react';
import { Card, Empty, Tag, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useFormat } from '../../lib/format';
import { CardTitle } from './CardTitle';
import type { RecentChange } from '../../../../shared/api/overview';

dayjs.extend(relativeTime);

/**
 * The workspace clock can run ahead of the computer's (KENES_NOW): "5 minutes ago" is counted
 * from the workspace’s now at the last read, moved on by the time elapsed since.
 */
const useWorkspaceNow = (serverNow: string): dayjs.Dayjs => {
  const [elapsed, setElapsed] = useState({ since: serverNow, ms: 0 });
  useEffect(() => {
    const start = Date.now();
    const timer = window.setInterval(() => setElapsed({ since: serverNow, ms: Date.now() - start }), 30_000);
    return () => window.clearInterval(timer);
  }, [serverNow]);
  return dayjs(serverNow).add(elapsed.since === serverNow ? elapsed.ms : 0, 'ms');
};

/** The newest changes, worded as the undo button words them, with how long ago. */
export const RecentChangesCard = ({ changes, now }: { changes: RecentChange[]; now: string }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const current = useWorkspaceNow(now);

  const describe = (c: RecentChange): string => {
    if (c.initialisation) return t('dashboard.recent.initialised');
    const what = c.label.trim() || t(`history.entity.${c.entity}`, { defaultValue: c.entity });
    if (c.kind === 'undo') return t('network.undoneDone', { what });
    if (c.kind === 'redo') return t('network.redoneDone', { what });
    return `${t(`history.action.${c.action}`)}: ${what}`;
  };

  return (
    <Card
      title={<CardTitle icon={<HistoryOutlined />}>{t('dashboard.recent.title')}</CardTitle>}
      className="kenes-overview-card"
    >
      {changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.recent.none')} />
      ) : (
        <ul className="kenes-overview-list" aria-label={t('dashboard.recent.title')}>
          {changes.map((c) => {
            const text = describe(c);
            const at = dayjs(c.at);
            return (
              <li key={c.batchId}>
                <Typography.Text ellipsis={{ tooltip: text }} className="kenes-overview-line">
                  {c.initialisation ? null : (
                    <Tag className="kenes-overview-entity">
                      {t(`history.entity.${c.entity}`, { defaultValue: c.entity })}
                    </Tag>
                  )}
                  {text}
                </Typography.Text>
                <Typography.Text type="secondary" className="kenes-overview-meta">
                  <time dateTime={c.at} title={format.dateTime(c.at)}>
                    {/* A change stamped a moment after our estimate of now is "a few seconds ago". */}
                    {(at.isAfter(current) ? current : at).from(current)}
                  </time>
                  {c.by ? ` · ${t('history.by', { name: c.by })}` : ''}
                  {c.count > 1 ? ` · ${t('dashboard.recent.records', { count: c.count })}` : ''}
                </Typography.Text>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
};
