import { useMemo } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import { useKenesStore, selectRegistry } from '../../store';
import type { RegistryView } from '../../store/registrySlice';
import type { OrganisationListInput } from '../../../../shared/api/organisations';

const nonEmpty = <T>(values: T[]): T[] | undefined => (values.length ? values : undefined);

/** The list call for the registry's current filters, sort and page. */
export const listInputFor = (view: RegistryView): OrganisationListInput => {
  const f = view.filters;
  return {
    search: f.search.trim() || undefined,
    typeCodes: nonEmpty(f.typeCodes),
    sectors: nonEmpty(f.sectors),
    levels: nonEmpty(f.levels),
    districts: nonEmpty(f.districts),
    groupIds: nonEmpty(f.groupIds),
    memberships: nonEmpty(f.memberships),
    archived: f.showArchived ? 'all' : 'active',
    sort: view.sort ?? undefined,
    page: view.page,
    pageSize: view.pageSize,
  };
};

/** Everything the registry page reads: the page of organisations, the facets and the groups. */
export const useRegistryData = () => {
  const view = useKenesStore(selectRegistry);
  const input = useMemo(() => listInputFor(view), [view]);
  const list = useApiQuery(`organisations:list:${JSON.stringify(input)}`, () =>
    api.organisations.list(input),
  );
  const facets = useApiQuery('organisations:facets', () => api.organisations.facets({}));
  const groups = useApiQuery('groups:list', () => api.groups.list({}));
  return { view, list, facets, groups };
};
