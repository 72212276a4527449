import { useEffect, useRef, useState } from 'react';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { linkClassification } from '../../../../shared/reference';
import { useLabels } from '../../lib/labels';
import { foldFilter } from '../../lib/selectOptions';
import { linkStyle } from './palette';

const LAST_KIND_KEY = 'kenes.network.lastLinkKind';

export const lastLinkKind = (): string => {
  const saved = localStorage.getItem(LAST_KIND_KEY);
  return linkClassification.kinds.some((k) => k.code === saved) ? (saved as string) : 'joint_actions';
};

interface Props {
  /** Where the drag ended, in window pixels. */
  at: { x: number; y: number };
  sourceName: string;
  targetName: string;
  onChoose: (kind: string) => void;
  onCancel: () => void;
}

/** After a drag from one organisation to another: which kind of link is this? */
export const ConnectPopover = ({ at, sourceName, targetName, onChoose, onCancel }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const [kind, setKind] = useState(lastLinkKind);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.ant-select')?.focus();
  }, []);

  const choose = () => {
    localStorage.setItem(LAST_KIND_KEY, kind);
    onChoose(kind);
  };

  return (
    <div
      ref={ref}
      className="kenes-connect-popover"
      style={{ left: Math.min(at.x, window.innerWidth - 360), top: Math.min(at.y, window.innerHeight - 220) }}
      role="dialog"
      aria-label={t('network.connectTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <Card size="small" title={t('network.connectTitle')}>
        <Typography.Paragraph className="kenes-connect-pair">
          {sourceName} → {targetName}
        </Typography.Paragraph>
        <Select
          className="kenes-connect-kind"
          aria-label={t('network.linkKind')}
          value={kind}
          onChange={setKind}
          options={linkClassification.kinds.map((k) => ({
            value: k.code,
            label: (
              <span>
                <span className="kenes-legend-line" style={{ borderTopColor: linkStyle(k.code).stroke }} />
                {labels.text(k.name)}
              </span>
            ),
            title: labels.text(k.name),
          }))}
          showSearch={{ filterOption: (input, option) => foldFilter(input, option?.title) }}
          popupMatchSelectWidth={false}
          style={{ width: '100%' }}
        />
        <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={choose}>
            {t('network.connect')}
          </Button>
        </Flex>
      </Card>
    </div>
  );
};
