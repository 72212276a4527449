import { Alert, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InteractionModule } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';

const ModuleCard = ({ module: m }: { module: InteractionModule }) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const headingId = `module-${m.number}-title`;
  return (
    <Card
      className={m.leading ? 'kenes-module kenes-module-leading' : 'kenes-module'}
      title={
        <Flex vertical gap={2} className="kenes-module-head">
          <Typography.Text type="secondary" className="kenes-module-number">
            {t('modules.number', { n: m.number })}
          </Typography.Text>
          <h2 id={headingId} className="kenes-card-title kenes-wrap">
            {labels.text(m.name)}
          </h2>
        </Flex>
      }
      extra={m.leading ? <Tag color="blue">{t('modules.leading')}</Tag> : null}
    >
      <section aria-labelledby={headingId}>
        {m.leading ? (
          <Typography.Paragraph type="secondary">{t('modules.leadingHint')}</Typography.Paragraph>
        ) : null}
        {m.aliases.length ? (
          <Typography.Paragraph type="secondary">
            {t('modules.aliases', { names: m.aliases.join('; ') })}
          </Typography.Paragraph>
        ) : null}
        <Typography.Title level={3} className="kenes-field-title">
          {t('modules.goal')}
        </Typography.Title>
        <Typography.Paragraph>{labels.text(m.goal)}</Typography.Paragraph>
        {m.flags.map((flag) => (
          <Alert
            key={flag}
            type="warning"
            showIcon
            className="kenes-gap"
            title={t(`modules.flags.${flag}`)}
          />
        ))}
        {m.suggestedSectors.length ? (
          <>
            <Typography.Title level={3} className="kenes-field-title">
              {t('modules.sectors')}
            </Typography.Title>
            <Flex gap={6} wrap className="kenes-gap">
              {m.suggestedSectors.map((s) => (
                <Tag key={s}>{labels.sectorName(s)}</Tag>
              ))}
            </Flex>
          </>
        ) : null}
        {m.suggestedParticipants.length ? (
          <>
            <Typography.Title level={3} className="kenes-field-title">
              {t('modules.participants')}
            </Typography.Title>
            <Typography.Paragraph>
              {m.suggestedParticipants.map((p) => labels.text(p)).join('; ')}
            </Typography.Paragraph>
          </>
        ) : null}
        {m.tasks.length ? (
          <>
            <Typography.Title level={3} className="kenes-field-title">
              {t('modules.tasks')}
            </Typography.Title>
            <ul className="kenes-tasks">
              {m.tasks.map((task, i) => (
                <li key={i}>{labels.text(task)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <Typography.Text type="secondary" className="kenes-cell-small">
          {t('modules.assigned', { count: m.assignments.length })}
        </Typography.Text>
      </section>
    </Card>
  );
};

/** The 12 modules as the guide gives them: goal, flags, suggested sectors and tasks. */
export const ModuleCatalogue = ({ modules }: { modules: readonly InteractionModule[] }) => (
  <Row gutter={[16, 16]}>
    {modules.map((m) => (
      <Col key={m.id} xs={24} xxl={12}>
        <ModuleCard module={m} />
      </Col>
    ))}
  </Row>
);
