import { Col, Input, Row, Select } from 'antd';
import { FilterFooter } from '../../components/FilterFooter';
import { useTranslation } from 'react-i18next';
import { taxonomy, type SectorCode } from '../../../../shared/reference';
import type { OrganisationFacets } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { foldFilter } from '../../lib/selectOptions';
import { hasFilters, type MatrixFilters as Filters } from './matrixModel';

interface MatrixFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
  facets: OrganisationFacets | undefined;
  count: number | undefined;
}

const searchable = {
  showSearch: {
    filterOption: (input: string, option?: { label?: unknown }) => foldFilter(input, option?.label),
  },
};

/** Search, sector, district and "in no module": which rows of the matrix to show. */
export const MatrixFilters = ({ filters, onChange, onClear, facets, count }: MatrixFiltersProps) => {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-label={t('moduleMatrix.filters.label')} className="kenes-filter-bar">
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={8}>
          <label htmlFor="matrix-search" className="kenes-filter-label">
            {t('moduleMatrix.filters.search')}
          </label>
          <Input
            id="matrix-search"
            type="search"
            allowClear
            value={filters.search}
            placeholder={t('moduleMatrix.filters.searchPlaceholder')}
            onChange={(e) => onChange({ search: e.target.value })}
          />
        </Col>
        <Col xs={24} md={12} lg={8}>
          <label htmlFor="matrix-filter-sector" className="kenes-filter-label">
            {t('moduleMatrix.filters.sector')}
          </label>
          <Select<SectorCode[]>
            id="matrix-filter-sector"
            mode="multiple"
            allowClear
            className="kenes-full-width"
            placeholder={t('moduleMatrix.filters.any')}
            maxTagCount="responsive"
            value={filters.sectors}
            options={taxonomy.sectors.map((s) => ({ value: s.code, label: labels.text(s.name) }))}
            onChange={(sectors) => onChange({ sectors })}
            {...searchable}
          />
        </Col>
        <Col xs={24} md={12} lg={8}>
          <label htmlFor="matrix-filter-district" className="kenes-filter-label">
            {t('moduleMatrix.filters.district')}
          </label>
          <Select<string[]>
            id="matrix-filter-district"
            mode="multiple"
            allowClear
            className="kenes-full-width"
            placeholder={t('moduleMatrix.filters.any')}
            maxTagCount="responsive"
            value={filters.districts}
            options={(facets?.districts ?? []).map((d) => ({ value: d, label: d }))}
            onChange={(districts) => onChange({ districts })}
            {...searchable}
          />
        </Col>
      </Row>
      <FilterFooter
        toggles={[
          {
            id: 'matrix-only-unassigned',
            label: t('moduleMatrix.filters.onlyUnassigned'),
            checked: filters.onlyUnassigned,
            onChange: (onlyUnassigned) => onChange({ onlyUnassigned }),
          },
        ]}
        clearLabel={t('moduleMatrix.filters.clear')}
        canClear={hasFilters(filters)}
        onClear={onClear}
        resultCount={
          <span role="status" aria-live="polite" className="kenes-result-count">
            {count === undefined ? '' : t('moduleMatrix.matrix.count', { count })}
          </span>
        }
      />
    </section>
  );
};
