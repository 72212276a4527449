import { useMemo } from 'react';
import { Button, Flex, Form, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { linkClassification, moduleCatalogue, taxonomy } from '../../../../../shared/reference';
import { organisationLevels } from '../../../../../shared/domain/enums';
import type { NetworkSnapshot } from '../../../../../shared/model';
import { useLabels } from '../../../lib/labels';
import { foldFilter } from '../../../lib/selectOptions';
import { buildGroupTree } from '../../../lib/groupTree';
import { AGREEMENT_KIND, type SceneFilters } from '../scene';

interface Props {
  snapshot: NetworkSnapshot;
  filters: SceneFilters;
  onChange: (filters: SceneFilters) => void;
}

const sorted = (values: Iterable<string>, lang: string) =>
  [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b, lang));

/** Narrow the picture by type, sector, level, district, block, module and kind of link. */
export const FiltersPanel = ({ snapshot, filters, onChange }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const present = useMemo(
    () => ({
      types: sorted(
        snapshot.organisations.filter((o) => !o.isCouncilHub).map((o) => o.typeCode),
        'en',
      ),
      districts: sorted(
        snapshot.organisations.map((o) => o.district),
        labels.lang,
      ),
      kinds: new Set(snapshot.links.map((l) => l.kind)),
    }),
    [snapshot, labels.lang],
  );
  const groupTree = useMemo(
    () => buildGroupTree(snapshot.groups, (g) => labels.groupName(g)),
    [snapshot.groups, labels],
  );
  const set = (patch: Partial<SceneFilters>) => onChange({ ...filters, ...patch });
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const };
  const any = Object.entries(filters).some(([k, v]) => k !== 'focus' && Array.isArray(v) && v.length > 0);

  return (
    <Form layout="vertical" size="small" aria-label={t('network.filters')}>
      <Form.Item label={t('organisation.typeCode')}>
        <Select
          {...multi}
          aria-label={t('organisation.typeCode')}
          value={filters.typeCodes ?? []}
          onChange={(typeCodes: string[]) => set({ typeCodes })}
          options={present.types.map((c) => ({ value: c, label: labels.typeLabel(c) }))}
          showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
        />
      </Form.Item>
      <Form.Item label={t('organisation.sector')}>
        <Select
          {...multi}
          aria-label={t('organisation.sector')}
          value={filters.sectors ?? []}
          onChange={(sectors: string[]) => set({ sectors })}
          options={taxonomy.sectors.map((s) => ({ value: s.code, label: labels.text(s.name) }))}
        />
      </Form.Item>
      <Form.Item label={t('organisation.level')}>
        <Select
          {...multi}
          aria-label={t('organisation.level')}
          value={filters.levels ?? []}
          onChange={(levels: string[]) => set({ levels })}
          options={organisationLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('organisation.district')}>
        <Select
          {...multi}
          aria-label={t('organisation.district')}
          value={filters.districts ?? []}
          onChange={(districts: string[]) => set({ districts })}
          options={present.districts.map((d) => ({ value: d, label: d }))}
          showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
        />
      </Form.Item>
      <Form.Item label={t('organisation.groupId')}>
        <TreeSelect
          multiple
          allowClear
          treeDefaultExpandAll
          aria-label={t('organisation.groupId')}
          value={filters.groupIds ?? []}
          onChange={(groupIds: string[]) => set({ groupIds })}
          treeData={groupTree}
        />
      </Form.Item>
      <Form.Item label={t('network.module')}>
        <Select
          {...multi}
          aria-label={t('network.module')}
          value={filters.moduleIds ?? []}
          onChange={(moduleIds: string[]) => set({ moduleIds })}
          options={moduleCatalogue.map((m) => ({
            value: m.id,
            label: `${m.number}. ${labels.text(m.name)}`,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('network.linkKind')}>
        <Select
          {...multi}
          aria-label={t('network.linkKind')}
          value={filters.linkKinds ?? []}
          onChange={(linkKinds: string[]) => set({ linkKinds })}
          options={[
            ...linkClassification.kinds
              .filter((k) => present.kinds.has(k.code) || filters.linkKinds?.includes(k.code))
              .map((k) => ({ value: k.code, label: labels.text(k.name) })),
            // Lines drawn for agreements can be shown alone, or hidden, like any kind.
            ...(snapshot.agreements.length > 0 || filters.linkKinds?.includes(AGREEMENT_KIND)
              ? [{ value: AGREEMENT_KIND, label: t('network.agreementLine') }]
              : []),
          ]}
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button disabled={!any} onClick={() => onChange({ focus: filters.focus ?? null })}>
          {t('network.clearFilters')}
        </Button>
      </Flex>
    </Form>
  );
};
