import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export type LaterSection = 'sessions' | 'reports';

/** Where each section sends the user in the meantime: the data it will be built from. */
const nextStep: Record<LaterSection, { path: string; label: 'common.openRegistry' | 'later.openSettings' }> =
  {
    sessions: { path: '/settings/council', label: 'later.openSettings' },
    reports: { path: '/organisations', label: 'common.openRegistry' },
  };

/** A section that comes in a later version: what it will hold and what to do now. */
export const LaterPage = ({ section }: { section: LaterSection }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const step = nextStep[section];
  return (
    <>
      <PageHeader title={t(`later.${section}.title`)} />
      <Card className="kenes-later-card">
        <Flex vertical gap={12} align="flex-start">
          <Tag color="gold">{t('later.comesNext')}</Tag>
          <Typography.Paragraph className="kenes-lead">{t(`later.${section}.body`)}</Typography.Paragraph>
          <Typography.Title level={2} className="kenes-section-title">
            {t('later.whatNow')}
          </Typography.Title>
          <Typography.Paragraph>{t(`later.${section}.now`)}</Typography.Paragraph>
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => void navigate(step.path)}>
              {t(step.label)}
            </Button>
            {section === 'sessions' ? (
              <Button onClick={() => void navigate('/organisations')}>{t('common.openRegistry')}</Button>
            ) : null}
          </Flex>
        </Flex>
      </Card>
    </>
  );
};
