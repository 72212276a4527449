import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import { useLabels } from '../../lib/labels';
import { CardTitle } from './CardTitle';
import type { GroupWithCount } from '../../../../shared/model';
import type { RegistryFilters } from '../../store';

/** The blocks (groups) of the council's scheme with their counts; a click opens the registry filtered. */
export const BlocksCard = ({
  showInRegistry,
}: {
  showInRegistry: (patch: Partial<RegistryFilters>) => void;
}) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const groups = useApiQuery('groups:list', () => api.groups.list({}));
  const all = groups.data ?? [];
  const blocks = all.filter((g) => g.parentId === null);
  const childrenOf = (g: GroupWithCount) => all.filter((c) => c.parentId === g.id);

  return (
    <Card title={<CardTitle>{t('overview.byBlock')}</CardTitle>} className="kenes-overview-card">
      <Typography.Paragraph type="secondary" className="kenes-overview-note">
        {t('overview.byBlockHint')}
      </Typography.Paragraph>
      {groups.data && blocks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.noGroups')}>
          <Button onClick={() => void navigate('/settings/groups')}>{t('overview.openGroups')}</Button>
        </Empty>
      ) : null}
      <ul className="kenes-blocks">
        {blocks.map((block) => (
          <li key={block.id} className="kenes-block">
            <Flex justify="space-between" align="center" gap={12}>
              <Button
                type="link"
                className="kenes-link-button kenes-block-name"
                aria-label={t('overview.showInRegistry', { name: labels.groupName(block) })}
                onClick={() => showInRegistry({ groupIds: [block.id] })}
              >
                {labels.groupName(block)}
              </Button>
              <span className="kenes-count">{block.organisationCount}</span>
            </Flex>
            {childrenOf(block).length ? (
              <Flex gap={8} wrap className="kenes-subblocks">
                {childrenOf(block).map((sub) => (
                  <Button
                    key={sub.id}
                    size="small"
                    aria-label={t('overview.showInRegistry', { name: labels.groupName(sub) })}
                    onClick={() => showInRegistry({ groupIds: [sub.id] })}
                  >
                    {t('registry.groupCount', {
                      name: sub.shortName || labels.groupName(sub),
                      count: sub.organisationCount,
                    })}
                  </Button>
                ))}
              </Flex>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
};
