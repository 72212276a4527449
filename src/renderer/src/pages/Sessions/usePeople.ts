import { useMemo } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import type { PersonListItem } from '../../../../shared/model';

/** The API's page limit: more people than a council's register holds. */
const ALL = 500;
const MEMBER_ROLES = new Set(['chair', 'deputy_chair', 'secretary', 'member']);

const optionOf = (p: PersonListItem) => ({
  value: p.id,
  label: p.organisationName ? `${p.fullName} — ${p.organisationName}` : p.fullName,
});

/**
 * The people register as select options: council members for chair and secretary,
 * everyone for a rapporteur (partners report to the council too), and names by id.
 */
export const usePeople = () => {
  const query = useApiQuery('sessions:people', () => api.people.list({ pageSize: ALL }));
  return useMemo(() => {
    // The server already orders people by name the Kazakh way.
    const people = query.data?.items ?? [];
    const byId = new Map(people.map((p) => [p.id, p]));
    return {
      options: people.map(optionOf),
      memberOptions: people.filter((p) => MEMBER_ROLES.has(p.councilRole ?? '')).map(optionOf),
      nameOf: (id: string | null | undefined): string | null =>
        id ? (byId.get(id)?.fullName ?? null) : null,
      organisationOf: (id: string | null | undefined): string | null =>
        id ? (byId.get(id)?.organisationId ?? null) : null,
    };
  }, [query.data]);
};

export type People = ReturnType<typeof usePeople>;

/** The council's own chair and secretary: a new sitting starts with them. */
export const useCouncilOfficers = () => {
  const query = useApiQuery('sessions:council', () => api.council.get({}));
  return {
    loaded: !query.loading || query.data !== undefined,
    chairPersonId: query.data?.chairPersonId ?? null,
    secretaryPersonId: query.data?.secretaryPersonId ?? null,
  };
};
