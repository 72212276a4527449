import { useMemo } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../lib/useApiQuery';
import { useModuleOptions, useOrganisationOptions } from '../../Agreements/useReferenceData';

/**
 * What an agenda item may concern, as select options with names by id: organisations
 * of the registry, the agreements in force (earlier versions left out), the 12 modules.
 */
export const useAgendaReferences = () => {
  const organisations = useOrganisationOptions();
  const modules = useModuleOptions();
  const agreementsQuery = useApiQuery('sessions:agreements', () => api.agreements.list({}));
  return useMemo(() => {
    const agreements = (agreementsQuery.data ?? []).map((a) => ({
      value: a.id,
      label: a.number ? `№ ${a.number} — ${a.title}` : a.title,
    }));
    const names = new Map<string, string>([
      ...organisations.options.map((o) => [o.value, o.short] as const),
      ...agreements.map((a) => [a.value, a.label] as const),
      ...modules.map((m) => [m.value, m.label] as const),
    ]);
    return {
      organisations: organisations.options,
      agreements,
      modules,
      nameOf: (id: string | null | undefined): string | null => (id ? (names.get(id) ?? null) : null),
    };
  }, [organisations.options, modules, agreementsQuery.data]);
};

export type AgendaReferences = ReturnType<typeof useAgendaReferences>;
