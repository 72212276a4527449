import type { InputOf } from '../../../../../shared/api/contract';
import type { agendaCalls } from '../../../../../shared/api/sessions';
import type { AgendaItemDetail } from '../../../../../shared/model';

export interface AgendaItemFormValues {
  title: string;
  rapporteurPersonId: string | null;
  rapporteurOrganisationId: string | null;
  durationMinutes: number | null;
  organisationIds: string[];
  agreementIds: string[];
  moduleIds: string[];
  heard: string;
  spoke: string;
}

type AddInput = InputOf<typeof agendaCalls.add>;
type Patch = InputOf<typeof agendaCalls.update>['patch'];

export const blankItem: AgendaItemFormValues = {
  title: '',
  rapporteurPersonId: null,
  rapporteurOrganisationId: null,
  durationMinutes: null,
  organisationIds: [],
  agreementIds: [],
  moduleIds: [],
  heard: '',
  spoke: '',
};

export const valuesFromItem = (i: AgendaItemDetail): AgendaItemFormValues => ({
  title: i.title,
  rapporteurPersonId: i.rapporteurPersonId,
  rapporteurOrganisationId: i.rapporteurOrganisationId,
  durationMinutes: i.durationMinutes,
  organisationIds: i.organisationIds,
  agreementIds: i.agreementIds,
  moduleIds: i.moduleIds,
  heard: i.heard,
  spoke: i.spoke,
});

const text = (value: string | null | undefined): string => value ?? '';
const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

export const toAddInput = (sessionId: string, v: AgendaItemFormValues): AddInput => ({
  sessionId,
  title: text(v.title),
  rapporteurPersonId: v.rapporteurPersonId ?? null,
  rapporteurOrganisationId: v.rapporteurOrganisationId ?? null,
  durationMinutes: v.durationMinutes ?? null,
  organisationIds: v.organisationIds ?? [],
  agreementIds: v.agreementIds ?? [],
  moduleIds: v.moduleIds ?? [],
  heard: text(v.heard),
  spoke: text(v.spoke),
});

/** Only what changed: the history then shows exactly what the secretary edited. */
export const toItemPatch = (i: AgendaItemDetail, v: AgendaItemFormValues): Patch => {
  const patch: Patch = {};
  for (const field of ['title', 'heard', 'spoke'] as const) {
    if (text(v[field]) !== i[field]) patch[field] = text(v[field]);
  }
  for (const field of ['rapporteurPersonId', 'rapporteurOrganisationId', 'durationMinutes'] as const) {
    if ((v[field] ?? null) !== i[field]) Object.assign(patch, { [field]: v[field] ?? null });
  }
  for (const field of ['organisationIds', 'agreementIds', 'moduleIds'] as const) {
    if (!sameSet(v[field] ?? [], i[field])) patch[field] = v[field] ?? [];
  }
  return patch;
};
