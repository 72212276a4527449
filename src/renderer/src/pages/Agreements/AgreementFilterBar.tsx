import type { ReactNode } from 'react';
import { Col, Input, Row, Select } from 'antd';
import { FilterFooter } from '../../components/FilterFooter';
import { useTranslation } from 'react-i18next';
import { agreementKinds, agreementStatuses } from '../../../../shared/domain/enums';
import { foldFilter } from '../../lib/selectOptions';
import type { AgreementFilters } from './filterStore';
import { useModuleOptions, useOrganisationOptions } from './useReferenceData';

interface Props {
  filters: AgreementFilters;
  searchText: string;
  onSearchText: (text: string) => void;
  onChange: (patch: Partial<AgreementFilters>) => void;
  onClear: () => void;
  canClear: boolean;
  resultCount: ReactNode;
}

const Labelled = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <>
    <label htmlFor={id} className="kenes-filter-label">
      {label}
    </label>
    {children}
  </>
);

const searchable = {
  filterOption: (input: string, option?: { label?: unknown }) => foldFilter(input, option?.label),
};

/** Kind, status, party and module, each "any" when empty; search by number, title or subject. */
export const AgreementFilterBar = ({
  filters,
  searchText,
  onSearchText,
  onChange,
  onClear,
  canClear,
  resultCount,
}: Props) => {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const modules = useModuleOptions();
  return (
    <section aria-label={t('agreements.filters.label')} className="kenes-filter-bar">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={6}>
          <Labelled id="agreements-search" label={t('agreements.filters.search')}>
            <Input
              id="agreements-search"
              type="search"
              allowClear
              value={searchText}
              placeholder={t('agreements.filters.searchPlaceholder')}
              onChange={(e) => onSearchText(e.target.value)}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Labelled id="agreements-filter-kind" label={t('agreements.filters.kind')}>
            <Select
              id="agreements-filter-kind"
              allowClear
              className="kenes-full-width"
              placeholder={t('agreements.filters.any')}
              value={filters.kind}
              options={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kind.${k}`) }))}
              onChange={(kind) => onChange({ kind })}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={4}>
          <Labelled id="agreements-filter-status" label={t('agreements.filters.status')}>
            <Select
              id="agreements-filter-status"
              allowClear
              className="kenes-full-width"
              placeholder={t('agreements.filters.any')}
              value={filters.status}
              options={agreementStatuses.map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))}
              onChange={(status) => onChange({ status })}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Labelled id="agreements-filter-party" label={t('agreements.filters.party')}>
            <Select
              id="agreements-filter-party"
              allowClear
              className="kenes-full-width"
              placeholder={t('agreements.filters.any')}
              value={filters.organisationId}
              options={organisations.options}
              loading={organisations.loading}
              showSearch={searchable}
              popupMatchSelectWidth={420}
              onChange={(organisationId) => onChange({ organisationId })}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={4}>
          <Labelled id="agreements-filter-module" label={t('agreements.filters.module')}>
            <Select
              id="agreements-filter-module"
              allowClear
              className="kenes-full-width"
              placeholder={t('agreements.filters.any')}
              value={filters.moduleId}
              options={modules}
              showSearch={searchable}
              popupMatchSelectWidth={420}
              onChange={(moduleId) => onChange({ moduleId })}
            />
          </Labelled>
        </Col>
      </Row>
      <FilterFooter
        toggles={[
          {
            id: 'agreements-show-versions',
            label: t('agreements.filters.showVersions'),
            checked: filters.includeSuperseded,
            onChange: (includeSuperseded) => onChange({ includeSuperseded }),
          },
          {
            id: 'agreements-show-archived',
            label: t('agreements.filters.showArchived'),
            checked: filters.showArchived,
            onChange: (showArchived) => onChange({ showArchived }),
          },
        ]}
        clearLabel={t('agreements.filters.clear')}
        canClear={canClear}
        onClear={onClear}
        resultCount={resultCount}
      />
    </section>
  );
};
