import { useCallback, useMemo, type ReactNode } from 'react';
import { Col, Flex, Input, Row, Select, Tag, TreeSelect, Typography, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterFooter } from '../../components/FilterFooter';
import { taxonomy } from '../../../../shared/reference';
import { memberships, organisationLevels } from '../../../../shared/domain/enums';
import type { GroupWithCount, OrganisationFacets } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { buildGroupTree } from '../../lib/groupTree';
import { foldFilter, useTypeOptions } from '../../lib/selectOptions';
import type { RegistryFilters } from '../../store';

interface FilterBarProps {
  filters: RegistryFilters;
  searchText: string;
  onSearchText: (text: string) => void;
  onChange: (patch: Partial<RegistryFilters>) => void;
  onClear: () => void;
  canClear: boolean;
  facets: OrganisationFacets | undefined;
  groups: GroupWithCount[] | undefined;
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

type MultiFilterProps<T extends string> = Omit<SelectProps<T[]>, 'mode' | 'id' | 'showSearch'> & {
  id: string;
  label: string;
  /** Type-to-search, folded like the server's search. */
  searchable?: boolean;
};

/** One labelled multi-select of the filter bar: empty means "any value". */
const MultiFilter = <T extends string>({ id, label, searchable, ...select }: MultiFilterProps<T>) => {
  const { t } = useTranslation();
  return (
    <Labelled id={id} label={label}>
      <Select<T[]>
        id={id}
        mode="multiple"
        allowClear
        className="kenes-full-width"
        placeholder={t('registry.anyValue')}
        maxTagCount="responsive"
        {...(searchable
          ? {
              showSearch: {
                filterOption: (input: string, option?: { label?: unknown }) =>
                  foldFilter(input, option?.label),
              },
            }
          : {})}
        {...select}
      />
    </Labelled>
  );
};

export const FilterBar = ({
  filters,
  searchText,
  onSearchText,
  onChange,
  onClear,
  canClear,
  facets,
  groups,
  resultCount,
}: FilterBarProps) => {
  const { t } = useTranslation();
  const labels = useLabels();

  const typeCounts = useMemo(() => new Map(facets?.typeCodes.map((c) => [c.code, c.count]) ?? []), [facets]);
  const typeCount = useCallback((code: string) => typeCounts.get(code) ?? 0, [typeCounts]);
  const typeOptions = useTypeOptions(labels, typeCount);
  const groupTree = useMemo(
    () =>
      buildGroupTree(groups ?? [], (g) =>
        t('registry.groupCount', { name: g.shortName || labels.groupName(g), count: g.organisationCount }),
      ),
    [groups, labels, t],
  );

  return (
    <section aria-label={t('registry.filters')} className="kenes-filter-bar">
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={8}>
          <Labelled id="registry-search" label={t('registry.searchLabel')}>
            <Input
              id="registry-search"
              type="search"
              allowClear
              value={searchText}
              placeholder={t('registry.searchPlaceholder')}
              onChange={(e) => onSearchText(e.target.value)}
            />
          </Labelled>
        </Col>
        <Col xs={24} xl={10}>
          <MultiFilter
            id="registry-filter-type"
            label={t('registry.filterType')}
            searchable
            value={filters.typeCodes}
            options={typeOptions}
            optionRender={(option) => (
              <Flex justify="space-between" gap={8}>
                <span className="kenes-option-text">{option.label}</span>
                {option.data.count ? (
                  <Typography.Text type="secondary">{option.data.count}</Typography.Text>
                ) : null}
              </Flex>
            )}
            tagRender={({ value, closable, onClose }) => (
              <Tag closable={closable} onClose={onClose} className="kenes-select-tag">
                {labels.typeAbbreviation(String(value)) || labels.typeName(String(value))}
              </Tag>
            )}
            onChange={(typeCodes) => onChange({ typeCodes })}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <MultiFilter
            id="registry-filter-sector"
            label={t('registry.filterSector')}
            searchable
            value={filters.sectors}
            options={taxonomy.sectors.map((s) => ({ value: s.code, label: labels.text(s.name) }))}
            onChange={(sectors) => onChange({ sectors: sectors })}
          />
        </Col>
        <Col xs={24} md={12} xl={5}>
          <MultiFilter
            id="registry-filter-level"
            label={t('registry.filterLevel')}
            value={filters.levels}
            options={organisationLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
            onChange={(levels) => onChange({ levels: levels })}
          />
        </Col>
        <Col xs={24} md={12} xl={5}>
          <MultiFilter
            id="registry-filter-district"
            label={t('registry.filterDistrict')}
            searchable
            value={filters.districts}
            options={(facets?.districts ?? []).map((d) => ({ value: d, label: d }))}
            onChange={(districts) => onChange({ districts })}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Labelled id="registry-filter-group" label={t('registry.filterGroup')}>
            <TreeSelect<string[]>
              id="registry-filter-group"
              multiple
              allowClear
              treeDefaultExpandAll
              className="kenes-full-width"
              placeholder={t('registry.anyValue')}
              value={filters.groupIds}
              maxTagCount="responsive"
              treeData={groupTree}
              showSearch={{ treeNodeFilterProp: 'title' }}
              onChange={(groupIds) => onChange({ groupIds })}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <MultiFilter
            id="registry-filter-membership"
            label={t('registry.filterMembership')}
            value={filters.memberships}
            options={memberships.map((m) => ({ value: m, label: t(`membership.${m}`) }))}
            onChange={(values) => onChange({ memberships: values })}
          />
        </Col>
      </Row>
      <FilterFooter
        toggles={[
          {
            id: 'registry-show-archived',
            label: t('registry.showArchived'),
            checked: filters.showArchived,
            onChange: (showArchived) => onChange({ showArchived }),
          },
        ]}
        clearLabel={t('registry.clearFilters')}
        canClear={canClear}
        onClear={onClear}
        resultCount={resultCount}
      />
    </section>
  );
};
