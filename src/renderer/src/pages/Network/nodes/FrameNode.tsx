import { memo } from 'react';
import { Button } from 'antd';
import { MinusOutlined } from '@ant-design/icons';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

export type FrameNodeType = Node<
  { label: string; groupId: string; width: number; height: number; onCollapse: (groupId: string) => void },
  'frame'
>;

/** The titled background of an opened block, with the button that folds it back into one box. */
export const FrameNode = memo(({ data }: NodeProps<FrameNodeType>) => {
  const { t } = useTranslation();
  return (
    <div className="kenes-frame" style={{ width: data.width, height: data.height }}>
      <div className="kenes-frame-title">
        <span>{data.label}</span>
        <Button
          size="small"
          type="text"
          className="nodrag"
          icon={<MinusOutlined />}
          aria-label={t('network.collapseGroup', { name: data.label })}
          title={t('network.collapseGroup', { name: data.label })}
          onClick={() => data.onCollapse(data.groupId)}
        />
      </div>
    </div>
  );
});
FrameNode.displayName = 'FrameNode';
