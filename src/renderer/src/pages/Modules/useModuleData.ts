import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import type { OrganisationListItem } from '../../../../shared/model';

/** The list call's largest page. */
const PAGE = 500;

/**
 * Every active organisation with the council's hub. A council has a few hundred at most,
 * so the matrix filters and pages them in the renderer and a coverage link can jump to
 * any row at once.
 */
const loadAllOrganisations = async (): Promise<OrganisationListItem[]> => {
  const all: OrganisationListItem[] = [];
  for (let page = 1; ; page += 1) {
    const result = await api.organisations.list({
      archived: 'active',
      includeHub: true,
      sort: { field: 'nameKk', order: 'asc' },
      page,
      pageSize: PAGE,
    });
    all.push(...result.items);
    if (result.items.length < PAGE || all.length >= result.total) return all;
  }
};

/** What the modules page reads; every query reloads after any change anywhere (the store's revision). */
export const useModuleData = () => {
  const modules = useApiQuery('modules:list', () => api.modules.list({}));
  const coverage = useApiQuery('modules:coverage', () => api.modules.coverage({}));
  const organisations = useApiQuery('modules:organisations', loadAllOrganisations);
  const facets = useApiQuery('organisations:facets', () => api.organisations.facets({}));
  return { modules, coverage, organisations, facets };
};

export type ModuleData = ReturnType<typeof useModuleData>;
