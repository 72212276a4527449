import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InteractionModule, ModuleCoverage } from '../../../../shared/model';
import type { SectorCode } from '../../../../shared/reference';
import { useLabels } from '../../lib/labels';

interface CoveragePanelProps {
  coverage: ModuleCoverage | undefined;
  modules: readonly InteractionModule[];
  onModule: (moduleId: string) => void;
  onModuleSector: (moduleId: string, sector: SectorCode) => void;
  onOrganisation: (organisationId: string) => void;
  onShowUnassigned: () => void;
}

/** One of the three warnings: a count as its heading, what the links do, and the links. */
const Warning = ({
  id,
  count,
  heading,
  hint,
  children,
}: {
  id: string;
  count: number;
  heading: string;
  hint: string;
  children: ReactNode;
}) => (
  <section aria-labelledby={id} className="kenes-coverage-section">
    <h3 id={id} className={`kenes-coverage-heading ${count ? 'kenes-coverage-open' : 'kenes-coverage-done'}`}>
      {count ? <WarningFilled aria-hidden /> : <CheckCircleFilled aria-hidden />} {heading}
    </h3>
    {count ? (
      <>
        <Typography.Paragraph type="secondary" className="kenes-coverage-hint">
          {hint}
        </Typography.Paragraph>
        {children}
      </>
    ) : null}
  </section>
);

/** What the matrix does not cover yet; every warning is a link to where it is fixed. */
export const CoveragePanel = ({
  coverage,
  modules,
  onModule,
  onModuleSector,
  onOrganisation,
  onShowUnassigned,
}: CoveragePanelProps) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const byId = new Map(modules.map((m) => [m.id, m]));
  const numberOf = (id: string) => byId.get(id)?.number ?? 0;
  const nameOf = (id: string) => {
    const m = byId.get(id);
    return m ? t('moduleMatrix.matrix.columnName', { n: m.number, name: labels.text(m.name) }) : '';
  };

  if (!coverage) {
    return (
      <Card title={t('moduleMatrix.coverage.title')} className="kenes-coverage">
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  const {
    modulesWithoutLead: withoutLead,
    missingSectors: missing,
    organisationsInNoModule: idle,
  } = coverage;
  const allCovered = !withoutLead.length && !missing.length && !idle.length;

  return (
    <Card
      title={<h2 className="kenes-card-title">{t('moduleMatrix.coverage.title')}</h2>}
      className="kenes-coverage"
    >
      {allCovered ? (
        <Alert type="success" showIcon title={t('moduleMatrix.coverage.allCovered')} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={7}>
            <Warning
              id="coverage-without-lead"
              count={withoutLead.length}
              heading={
                withoutLead.length
                  ? t('moduleMatrix.coverage.withoutLead', { count: withoutLead.length })
                  : t('moduleMatrix.coverage.withoutLeadNone')
              }
              hint={t('moduleMatrix.coverage.withoutLeadHint')}
            >
              <ul aria-label={t('moduleMatrix.coverage.withoutLeadList')} className="kenes-coverage-list">
                {withoutLead.map((id) => (
                  <li key={id}>
                    <Tooltip title={nameOf(id)}>
                      <Button size="small" aria-label={nameOf(id)} onClick={() => onModule(id)}>
                        {t('moduleMatrix.coverage.moduleButton', { n: numberOf(id) })}
                      </Button>
                    </Tooltip>
                  </li>
                ))}
              </ul>
            </Warning>
          </Col>
          <Col xs={24} lg={10}>
            <Warning
              id="coverage-missing-sectors"
              count={missing.length}
              heading={
                missing.length
                  ? t('moduleMatrix.coverage.missing', { count: missing.length })
                  : t('moduleMatrix.coverage.missingNone')
              }
              hint={t('moduleMatrix.coverage.missingHint')}
            >
              <ul
                aria-label={t('moduleMatrix.coverage.missingList')}
                className="kenes-coverage-list kenes-coverage-rows"
              >
                {missing.map((m) => (
                  <li key={m.moduleId}>
                    <Tooltip title={nameOf(m.moduleId)}>
                      <span className="kenes-coverage-module">
                        {t('moduleMatrix.coverage.missingModule', { n: numberOf(m.moduleId) })}
                      </span>
                    </Tooltip>
                    <Flex wrap gap={4}>
                      {m.sectors.map((s) => (
                        <Button
                          key={s}
                          size="small"
                          type="dashed"
                          aria-label={t('moduleMatrix.coverage.missingSectorButton', {
                            n: numberOf(m.moduleId),
                            sector: labels.sectorName(s),
                          })}
                          onClick={() => onModuleSector(m.moduleId, s)}
                        >
                          {labels.sectorName(s)}
                        </Button>
                      ))}
                    </Flex>
                  </li>
                ))}
              </ul>
              <Typography.Paragraph type="secondary" className="kenes-coverage-note">
                {t('moduleMatrix.coverage.sectorsNote')}
              </Typography.Paragraph>
            </Warning>
          </Col>
          <Col xs={24} lg={7}>
            <Warning
              id="coverage-in-no-module"
              count={idle.length}
              heading={
                idle.length
                  ? t('moduleMatrix.coverage.inNoModule', { count: idle.length })
                  : t('moduleMatrix.coverage.inNoModuleNone')
              }
              hint={t('moduleMatrix.coverage.inNoModuleHint')}
            >
              <Button size="small" type="link" className="kenes-coverage-all" onClick={onShowUnassigned}>
                {t('moduleMatrix.coverage.showAllUnassigned')}
              </Button>
              <ul
                aria-label={t('moduleMatrix.coverage.inNoModuleList')}
                className="kenes-coverage-list kenes-coverage-scroll"
              >
                {idle.map((o) => (
                  <li key={o.id}>
                    <Button
                      size="small"
                      type="text"
                      className="kenes-coverage-org"
                      title={labels.organisationName(o)}
                      onClick={() => onOrganisation(o.id)}
                    >
                      {o.shortName || labels.organisationName(o)}
                    </Button>
                  </li>
                ))}
              </ul>
            </Warning>
          </Col>
        </Row>
      )}
    </Card>
  );
};
