import { memo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { SceneNode } from '../scene';

export type GroupNodeType = Node<{ scene: SceneNode; onExpand: (groupId: string) => void }, 'block'>;

/** A block of the scheme as one counted box ("ПМПК – 4"); it opens into its members. */
export const GroupNode = memo(({ data, selected }: NodeProps<GroupNodeType>) => {
  const { t } = useTranslation();
  const { scene, onExpand } = data;
  return (
    <div
      className={`kenes-node kenes-node-group${selected ? ' is-selected' : ''}${scene.match ? ' is-match' : ''}`}
      style={{ ['--node-colour' as string]: scene.colour }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        onExpand(scene.id);
      }}
    >
      {/* Lines to a block end here; a block cannot start a link of its own. */}
      <Handle type="target" position={Position.Left} className="kenes-handle" isConnectable={false} />
      <div className="kenes-node-text">
        <div className="kenes-node-label">{scene.label}</div>
        <div className="kenes-node-sublabel">{scene.sublabel}</div>
      </div>
      <Button
        size="small"
        className="nodrag kenes-node-expand"
        icon={<PlusOutlined />}
        aria-label={t('network.expandGroup', { name: scene.label })}
        title={t('network.expandGroup', { name: scene.label })}
        onClick={(e) => {
          e.stopPropagation();
          onExpand(scene.id);
        }}
      />
    </div>
  );
});
GroupNode.displayName = 'GroupNode';
