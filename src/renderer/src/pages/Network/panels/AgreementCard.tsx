import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../../../shared/model';
import type { SnapshotAgreement } from '../scene';
import { agreementStatusStyles } from '../palette';
import { useLabels } from '../../../lib/labels';

interface Props {
  agreement: SnapshotAgreement;
  snapshot: NetworkSnapshot;
  /** Shown above a recorded link's own inspector, so the link's details stay editable. */
  onLink: boolean;
  onOpen: (agreementId: string) => void;
}

/** The agreement a selected line stands on: its status, its parties, and the way to it. */
export const AgreementCard = ({ agreement, snapshot, onLink, onOpen }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const nameOf = (id: string) => {
    const o = snapshot.organisations.find((org) => org.id === id);
    return o ? o.shortName || labels.organisationName(o) : '';
  };
  return (
    <Flex vertical gap={8} className="kenes-network-agreement">
      {onLink ? <Typography.Text type="secondary">{t('network.agreementOfLink')}</Typography.Text> : null}
      <Typography.Text strong>
        {agreement.number ? `№ ${agreement.number} · ` : ''}
        {agreement.title}
      </Typography.Text>
      <div>
        <Tag color={agreementStatusStyles[agreement.status].stroke}>
          {t(`agreements.status.${agreement.status}`)}
        </Tag>
      </div>
      <ul className="kenes-network-agreement-parties">
        {agreement.partyIds.map((id) => (
          <li key={id}>{nameOf(id)}</li>
        ))}
      </ul>
      <Button type="primary" onClick={() => onOpen(agreement.id)}>
        {t('network.openAgreement')}
      </Button>
    </Flex>
  );
};
