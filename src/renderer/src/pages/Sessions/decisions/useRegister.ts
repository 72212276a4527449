import { useMemo } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../lib/useApiQuery';
import { useLabels } from '../../../lib/labels';
import { useKenesStore, selectRevision } from '../../../store';
import type { OrganisationListItem, PersonListItem } from '../../../../../shared/model';

/** More than any council's register holds (Akmola's model has 124); the API's page limit. */
const ALL = 500;

/**
 * A sitting shows one decisions block per agenda item (thirty, say), each needing the
 * register: one request per list and data revision serves them all.
 */
const shared = new Map<string, { revision: number; promise: Promise<unknown> }>();
const once = <T>(key: string, revision: number, load: () => Promise<T>): Promise<T> => {
  const hit = shared.get(key);
  if (hit && hit.revision === revision) return hit.promise as Promise<T>;
  const promise = load();
  shared.set(key, { revision, promise });
  promise.catch(() => shared.delete(key));
  return promise;
};

/**
 * The register as the sessions screens need it: people and organisations as select
 * options, and their names by id for the decisions and the attendance.
 */
export const useRegister = () => {
  const labels = useLabels();
  const revision = useKenesStore(selectRevision);
  const people = useApiQuery('decisions:people', () =>
    once('people', revision, () => api.people.list({ pageSize: ALL })),
  );
  const organisations = useApiQuery('decisions:organisations', () =>
    once('organisations', revision, () =>
      api.organisations.list({ pageSize: ALL, sort: { field: 'nameKk', order: 'asc' } }),
    ),
  );
  const council = useApiQuery('decisions:council', () =>
    once('council', revision, () => api.council.get({})),
  );
  return useMemo(() => {
    const list: PersonListItem[] = people.data?.items ?? [];
    const orgs: OrganisationListItem[] = organisations.data?.items ?? [];
    const personById = new Map(list.map((p) => [p.id, p]));
    const organisationOptions = orgs.map((o) => ({
      value: o.id,
      /** What a narrow cell shows: the short name where there is one. */
      short: o.shortName || labels.organisationName(o),
      label: o.shortName ? `${labels.organisationName(o)} (${o.shortName})` : labels.organisationName(o),
    }));
    const organisationById = new Map(organisationOptions.map((o) => [o.value, o]));
    return {
      people: list,
      personById,
      personOptions: list.map((p) => ({
        value: p.id,
        label: p.organisationName ? `${p.fullName} (${p.organisationName})` : p.fullName,
      })),
      organisationOptions,
      /** The short name where there is one: lists of responsibles are read in narrow cells. */
      organisationName: (id: string): string => organisationById.get(id)?.short ?? '',
      /** The full name with the short one, where there is room (a decision card). */
      organisationLabel: (id: string): string => organisationById.get(id)?.label ?? '',
      personName: (id: string): string => personById.get(id)?.fullName ?? '',
      /** How a tie is settled (a council setting); the default rule until the profile is read. */
      tieRule: council.data?.tieRule ?? ('chair_decides' as const),
      labels,
    };
  }, [people.data, organisations.data, council.data, labels]);
};

export type Register = ReturnType<typeof useRegister>;
