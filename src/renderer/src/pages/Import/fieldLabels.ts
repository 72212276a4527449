import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, OrganisationImportField, PersonImportField } from '../../../../shared/api/imports';

/**
 * An import field is labelled as the registry's own form labels it, so the secretary
 * sees the same words in the wizard, the organisation card and the members list.
 */
const organisationLabels = {
  nameKk: 'organisation.nameKk',
  nameRu: 'organisation.nameRu',
  shortName: 'organisation.shortName',
  type: 'organisation.typeCode',
  level: 'organisation.level',
  district: 'organisation.district',
  legalForm: 'organisation.legalForm',
  address: 'organisation.address',
  headName: 'organisation.headName',
  phone: 'organisation.phone',
  email: 'organisation.email',
  website: 'organisation.website',
  membership: 'organisation.membership',
  clusterRole: 'organisation.clusterRole',
  group: 'organisation.groupId',
  notes: 'organisation.notes',
} as const satisfies Record<OrganisationImportField, string>;

const personLabels = {
  fullName: 'members.fullName',
  organisation: 'members.organisationId',
  district: 'organisation.district',
  position: 'members.position',
  councilRole: 'members.councilRole',
  phone: 'members.phone',
  email: 'members.email',
  notes: 'members.notes',
} as const satisfies Record<PersonImportField, string>;

type LabelKey =
  (typeof organisationLabels)[OrganisationImportField] | (typeof personLabels)[PersonImportField];

const labelKeyOf = (kind: ImportKind, field: string): LabelKey | undefined => {
  const labels: Record<string, LabelKey> = kind === 'organisations' ? organisationLabels : personLabels;
  return Object.hasOwn(labels, field) ? labels[field] : undefined;
};

/** The label of a field in the current language; a field this build does not know shows its key. */
export const useFieldLabel = (kind: ImportKind) => {
  const { t } = useTranslation();
  return useCallback(
    (field: string): string => {
      const key = labelKeyOf(kind, field);
      return key ? t(key) : field;
    },
    [kind, t],
  );
};

/** "A", "B", … "Z", "AA": the column letter as the spreadsheet shows it. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};
