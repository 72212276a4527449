import { sectorOfType, type SectorCode } from '../../../../shared/reference';
import type { ClusterRole, Membership, OrganisationLevel } from '../../../../shared/domain/enums';
import type { Organisation } from '../../../../shared/model';
import type { InputOf } from '../../../../shared/api/contract';
import type { OrganisationCreate, organisationCalls } from '../../../../shared/api/organisations';

/**
 * What the organisation form holds. `sector` is empty while it follows the type, so
 * the user sees the default and only an explicit choice overrides it.
 */
export interface OrganisationFormValues {
  nameKk: string;
  nameRu: string;
  shortName: string;
  typeCode: string | undefined;
  sector: SectorCode | undefined;
  level: OrganisationLevel | undefined;
  district: string;
  legalForm: string;
  address: string;
  headName: string;
  phone: string;
  email: string;
  website: string;
  membership: Membership;
  clusterRole: ClusterRole;
  groupId: string | null;
  notes: string;
}

export type OrganisationUpdate = InputOf<typeof organisationCalls.update>;
type Patch = OrganisationUpdate['patch'];

const textFields = [
  'nameKk',
  'nameRu',
  'shortName',
  'district',
  'legalForm',
  'address',
  'headName',
  'phone',
  'email',
  'website',
  'notes',
] as const;

export const blankValues = (groupId: string | null = null): OrganisationFormValues => ({
  nameKk: '',
  nameRu: '',
  shortName: '',
  typeCode: undefined,
  sector: undefined,
  level: 'organisation',
  district: '',
  legalForm: '',
  address: '',
  headName: '',
  phone: '',
  email: '',
  website: '',
  membership: 'partner',
  clusterRole: 'participant',
  groupId,
  notes: '',
});

export const valuesFromOrganisation = (o: Organisation): OrganisationFormValues => ({
  nameKk: o.nameKk,
  nameRu: o.nameRu,
  shortName: o.shortName,
  typeCode: o.typeCode,
  sector: o.sector === sectorOfType(o.typeCode) ? undefined : (o.sector as SectorCode),
  level: o.level,
  district: o.district,
  legalForm: o.legalForm,
  address: o.address,
  headName: o.headName,
  phone: o.phone,
  email: o.email,
  website: o.website,
  membership: o.membership,
  clusterRole: o.clusterRole,
  groupId: o.groupId,
  notes: o.notes,
});

/** antd leaves a cleared input as undefined; the contract wants '' or the text. */
const text = (value: string | undefined | null): string => value ?? '';

export const toCreateInput = (v: OrganisationFormValues): OrganisationCreate => {
  const input: Record<string, unknown> = {};
  for (const field of textFields) input[field] = text(v[field]);
  input.typeCode = v.typeCode;
  if (v.sector) input.sector = v.sector;
  input.level = v.level;
  input.membership = v.membership;
  input.clusterRole = v.clusterRole;
  input.groupId = v.groupId ?? null;
  return input as OrganisationCreate;
};

/** Only what changed, so the history shows exactly what the user edited. */
export const toPatch = (original: Organisation, v: OrganisationFormValues): Patch => {
  const patch: Record<string, unknown> = {};
  for (const field of textFields) {
    if (text(v[field]).trim() !== original[field]) patch[field] = text(v[field]);
  }
  for (const field of ['typeCode', 'level', 'membership', 'clusterRole'] as const) {
    if (v[field] !== original[field]) patch[field] = v[field];
  }
  if ((v.groupId ?? null) !== original.groupId) patch.groupId = v.groupId ?? null;
  const typeCode = v.typeCode ?? original.typeCode;
  // An empty sector means "as the type": a changed type brings its own sector on the server.
  const sector = v.sector ?? (typeCode === original.typeCode ? sectorOfType(typeCode) : undefined);
  if (sector !== undefined && sector !== original.sector) patch.sector = sector;
  return patch;
};
