import { Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../../../shared/model';
import { useLabels } from '../../../lib/labels';
import type { SceneNode } from '../scene';

/** A folded block: what it holds, and the button that opens it on the canvas. */
export const GroupInspector = ({
  node,
  snapshot,
  onExpand,
}: {
  node: SceneNode;
  snapshot: NetworkSnapshot;
  onExpand: (groupId: string) => void;
}) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const members = new Set(node.memberIds);
  const orgs = snapshot.organisations.filter((o) => members.has(o.id));
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} className="kenes-inspector-title">
        {node.label}
      </Typography.Title>
      <Typography.Text type="secondary">{node.sublabel}</Typography.Text>
      <Button type="primary" onClick={() => onExpand(node.id)}>
        {t('network.expandGroup', { name: node.label })}
      </Button>
      <List
        size="small"
        dataSource={orgs}
        renderItem={(o) => (
          <List.Item>
            {o.shortName ? `${o.shortName} — ` : ''}
            {labels.organisationName(o)}
          </List.Item>
        )}
      />
    </Flex>
  );
};
