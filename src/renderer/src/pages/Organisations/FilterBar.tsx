import { useMemo, type ReactNode } from 'react';
import { Button, Col, Flex, Input, Row, Select, Switch, Tag, TreeSelect, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { taxonomy, COUNCIL_TYPE_CODE, type SectorCode } from '../../../../shared/reference';
import {
  memberships,
  organisationLevels,
  type Membership,
  type OrganisationLevel,
} from '../../../../shared/domain/enums';
import { foldForSearch } from '../../../../shared/text/fold';
import type { GroupWithCount, OrganisationFacets } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { buildGroupTree } from '../../lib/groupTree';
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

/** Matches what the user typed against an option's text the way the server searches: Kazakh and Russian folded. */
export const foldFilter = (input: string, text: unknown): boolean =>
  foldForSearch(typeof text === 'string' ? text : '').includes(foldForSearch(input));

const Labelled = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <>
    <label htmlFor={id} className="kenes-filter-label">
      {label}
    </label>
    {children}
  </>
);

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
  const typeOptions = useMemo(
    () =>
      taxonomy.sectors.map((sector) => ({
        label: labels.text(sector.name),
        title: labels.text(sector.name),
        options: taxonomy.types
          .filter((type) => type.sector === sector.code && type.code !== COUNCIL_TYPE_CODE)
          .map((type) => ({
            value: type.code,
            label: labels.typeLabel(type.code),
            // The visible option also shows the count; its accessible name stays the type's label.
            'aria-label': labels.typeLabel(type.code),
            count: typeCounts.get(type.code) ?? 0,
          })),
      })),
    [labels, typeCounts],
  );
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
          <Labelled id="registry-filter-type" label={t('registry.filterType')}>
            <Select<string[]>
              id="registry-filter-type"
              mode="multiple"
              allowClear
              className="kenes-full-width"
              placeholder={t('registry.anyValue')}
              value={filters.typeCodes}
              options={typeOptions}
              maxTagCount="responsive"
              showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
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
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Labelled id="registry-filter-sector" label={t('registry.filterSector')}>
            <Select<SectorCode[]>
              id="registry-filter-sector"
              mode="multiple"
              allowClear
              className="kenes-full-width"
              placeholder={t('registry.anyValue')}
              value={filters.sectors}
              maxTagCount="responsive"
              options={taxonomy.sectors.map((s) => ({ value: s.code, label: labels.text(s.name) }))}
              showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
              onChange={(sectors) => onChange({ sectors })}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Labelled id="registry-filter-level" label={t('registry.filterLevel')}>
            <Select<OrganisationLevel[]>
              id="registry-filter-level"
              mode="multiple"
              allowClear
              className="kenes-full-width"
              placeholder={t('registry.anyValue')}
              value={filters.levels}
              maxTagCount="responsive"
              options={organisationLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
              onChange={(levels) => onChange({ levels })}
            />
          </Labelled>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Labelled id="registry-filter-district" label={t('registry.filterDistrict')}>
            <Select<string[]>
              id="registry-filter-district"
              mode="multiple"
              allowClear
              className="kenes-full-width"
              placeholder={t('registry.anyValue')}
              value={filters.districts}
              maxTagCount="responsive"
              options={(facets?.districts ?? []).map((d) => ({ value: d, label: d }))}
              showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
              onChange={(districts) => onChange({ districts })}
            />
          </Labelled>
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
          <Labelled id="registry-filter-membership" label={t('registry.filterMembership')}>
            <Select<Membership[]>
              id="registry-filter-membership"
              mode="multiple"
              allowClear
              className="kenes-full-width"
              placeholder={t('registry.anyValue')}
              value={filters.memberships}
              options={memberships.map((m) => ({ value: m, label: t(`membership.${m}`) }))}
              onChange={(values) => onChange({ memberships: values })}
            />
          </Labelled>
        </Col>
      </Row>
      <Flex justify="space-between" align="center" wrap gap={12} className="kenes-filter-footer">
        <Flex align="center" gap={16} wrap>
          <Flex align="center" gap={8}>
            <Switch
              id="registry-show-archived"
              checked={filters.showArchived}
              onChange={(showArchived) => onChange({ showArchived })}
            />
            <label htmlFor="registry-show-archived">{t('registry.showArchived')}</label>
          </Flex>
          <Button onClick={onClear} disabled={!canClear}>
            {t('registry.clearFilters')}
          </Button>
        </Flex>
        {resultCount}
      </Flex>
    </section>
  );
};
