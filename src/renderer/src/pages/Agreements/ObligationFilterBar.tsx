import { Col, Flex, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { trackedStatuses } from '../../../../shared/domain/enums';
import { foldFilter } from '../../lib/selectOptions';
import type { ObligationFilters } from './filterStore';
import { useOrganisationOptions } from './useReferenceData';

interface Props {
  filters: ObligationFilters;
  onChange: (patch: Partial<ObligationFilters>) => void;
}

/** The obligations view's filters: the responsible organisation, the status, overdue only. */
export const ObligationFilterBar = ({ filters, onChange }: Props) => {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  return (
    <section aria-label={t('agreements.filters.label')} className="kenes-filter-bar">
      <Row gutter={[12, 12]} align="bottom">
        <Col xs={24} md={12} xl={9}>
          <label htmlFor="obligations-filter-party" className="kenes-filter-label">
            {t('agreements.field.responsible')}
          </label>
          <Select
            id="obligations-filter-party"
            allowClear
            className="kenes-full-width"
            placeholder={t('agreements.filters.any')}
            value={filters.organisationId}
            options={organisations.options}
            showSearch={{ filterOption: (text, option) => foldFilter(text, option?.label) }}
            onChange={(organisationId) => onChange({ organisationId })}
          />
        </Col>
        <Col xs={24} md={12} xl={5}>
          <label htmlFor="obligations-filter-status" className="kenes-filter-label">
            {t('agreements.field.obligationStatus')}
          </label>
          <Select
            id="obligations-filter-status"
            allowClear
            className="kenes-full-width"
            placeholder={t('agreements.filters.any')}
            value={filters.status}
            options={trackedStatuses.map((s) => ({
              value: s,
              label: t(`agreements.obligationStatus.${s}`),
            }))}
            onChange={(status) => onChange({ status })}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Flex align="center" gap={8} className="kenes-switch-line">
            <Switch
              id="obligations-overdue-only"
              checked={filters.overdueOnly}
              onChange={(overdueOnly) => onChange({ overdueOnly })}
            />
            <label htmlFor="obligations-overdue-only">{t('agreements.obligations.overdueOnly')}</label>
          </Flex>
        </Col>
      </Row>
    </section>
  );
};
