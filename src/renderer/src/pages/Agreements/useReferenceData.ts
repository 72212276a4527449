import { useMemo } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import { useLabels } from '../../lib/labels';

/** More than any council's registry holds (Akmola's model has 124); the API's page limit. */
const ALL = 500;

/**
 * The organisations that can be parties, as select options: the registry's active
 * partners, Kazakh (or Russian) name with the short name to search by.
 */
export const useOrganisationOptions = () => {
  const labels = useLabels();
  const query = useApiQuery('agreements:organisations', () =>
    api.organisations.list({ pageSize: ALL, sort: { field: 'nameKk', order: 'asc' } }),
  );
  const options = useMemo(
    () =>
      (query.data?.items ?? []).map((o) => ({
        value: o.id,
        /** What a narrow cell shows: the short name where there is one. */
        short: o.shortName || labels.organisationName(o),
        label: o.shortName ? `${labels.organisationName(o)} (${o.shortName})` : labels.organisationName(o),
      })),
    [query.data, labels],
  );
  return { options, loading: query.loading };
};

/** The 12 interaction modules as select options, "9. …" in the current language. */
export const useModuleOptions = () => {
  const labels = useLabels();
  const query = useApiQuery('agreements:modules', () => api.modules.list({}));
  return useMemo(
    () =>
      [...(query.data ?? [])]
        .sort((a, b) => a.number - b.number)
        .map((m) => ({ value: m.id, label: `${m.number}. ${labels.text(m.name)}`, number: m.number })),
    [query.data, labels],
  );
};
