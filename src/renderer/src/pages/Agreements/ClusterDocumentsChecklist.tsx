import { useState } from 'react';
import { Alert, App, Button, Card, Flex, List, Skeleton, Typography } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled, FileWordOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { clusterDocumentSlots } from '../../../../shared/domain/enums';
import type { ClusterDocumentSlot } from '../../../../shared/model';
import { describeApiError, describeFailure } from '../../lib/errors';
import { useApiQuery } from '../../lib/useApiQuery';
import { StatusChip } from './StatusChip';
import { saveExported } from '../../lib/savedFile';
import './agreements.css';

type DraftDoc = 'cluster_regulation' | 'concept_programme';
const draftable = (slot: ClusterDocumentSlot): slot is DraftDoc =>
  slot === 'cluster_regulation' || slot === 'concept_programme';

/**
 * The cluster's full document package (DOMAIN.md §6): a concept or programme of joint
 * activity, the regulation on the cluster, and contracts between members. Each line says
 * what exists, links to it, and offers a DOCX skeleton of what can be drafted.
 */
export const ClusterDocumentsChecklist = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pack = useApiQuery('agreements:documentsPackage', () => api.agreements.documentsPackage({}));
  const [working, setWorking] = useState<string | null>(null);

  const draft = async (document: DraftDoc, language: 'kk' | 'ru') => {
    setWorking(`${document}-${language}`);
    try {
      saveExported(await api.exports.clusterDocumentDocx({ document, language }));
      void message.success(t('agreements.actions.docxDone'));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setWorking(null);
    }
  };

  const body = () => {
    if (pack.error && !pack.data) return <Alert type="error" showIcon title={describeApiError(pack.error)} />;
    if (!pack.data) return <Skeleton active />;
    const data = pack.data;
    return (
      <List
        itemLayout="vertical"
        dataSource={[...clusterDocumentSlots]}
        renderItem={(slot) => {
          const docs = data[slot];
          const present = docs.length > 0;
          return (
            <List.Item key={slot} aria-label={t(`agreements.package.slot.${slot}`)}>
              <Flex gap={8} align="center" wrap>
                {present ? (
                  <CheckCircleFilled className="kenes-ok-icon" aria-hidden />
                ) : (
                  <ExclamationCircleFilled className="kenes-missing-icon" aria-hidden />
                )}
                <Typography.Text strong>{t(`agreements.package.slot.${slot}`)}</Typography.Text>
                <Typography.Text type={present ? 'success' : 'warning'}>
                  {present
                    ? t('agreements.package.present', { count: docs.length })
                    : t('agreements.package.missing')}
                </Typography.Text>
              </Flex>
              {present ? (
                <ul className="kenes-package-docs">
                  {docs.map((d) => (
                    <li key={d.id}>
                      <Link to={`/agreements/${d.id}`}>
                        {[d.number ? `№ ${d.number}` : '', d.title].filter(Boolean).join(' · ')}
                      </Link>{' '}
                      <StatusChip status={d.status} />
                    </li>
                  ))}
                </ul>
              ) : null}
              <Flex gap={8} wrap className="kenes-gap-top">
                {draftable(slot)
                  ? (['kk', 'ru'] as const).map((language) => (
                      <Button
                        key={language}
                        size="small"
                        icon={<FileWordOutlined />}
                        loading={working === `${slot}-${language}`}
                        disabled={working !== null}
                        onClick={() => void draft(slot, language)}
                      >
                        {t(`agreements.package.draft_${slot}_${language}`)}
                      </Button>
                    ))
                  : null}
                {present && draftable(slot) ? null : (
                  <Link to={slot === 'contracts' ? '/agreements' : `/agreements?new=${slot}`}>
                    {slot === 'contracts'
                      ? t('agreements.package.toRegistry')
                      : t('agreements.package.addRecord')}
                  </Link>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
    );
  };

  return (
    <Card
      className="kenes-gap-top"
      title={<h2 className="kenes-card-title">{t('agreements.package.title')}</h2>}
    >
      <Typography.Paragraph type="secondary">{t('agreements.package.intro')}</Typography.Paragraph>
      {body()}
    </Card>
  );
};
