import type { TFunction } from 'i18next';
import { agreementKinds, partnershipStages, trackedStatuses } from '../../../../shared/domain/enums';
import { en } from '../../../../shared/i18n/ui';
import type { MergeKind, MergePreview, MergeValue } from '../../../../shared/model';
import type { Labels } from '../../lib/labels';
import { fieldLabel, formatValue, isOneOf, type Names } from '../Organisations/OrganisationHistory';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const hasKey = <T extends object>(record: T, key: string): key is Extract<keyof T, string> => key in record;

/** Columns of agreements' records whose label the agreement form already has, under another name. */
const agreementAliases: Record<string, keyof typeof en.agreements.field> = {
  role: 'partyRole',
  signatoryPersonId: 'signatory',
  description: 'obligation',
  partyId: 'responsible',
  status: 'obligationStatus',
};

const agreementKindsOfRecord: readonly MergeKind[] = [
  'agreement',
  'agreement_party',
  'agreement_obligation',
  'agreement_module',
  'attachment',
];

/**
 * A field's label as the screens that edit the record name it: the registry's and the
 * history's labels for organisations, people and links, the agreement form's for
 * agreements, the groups page's for groups; the merge screen's own only for the rest.
 */
export const mergeFieldLabel = (t: TFunction, kind: MergeKind, field: string): string => {
  if (kind === 'organisation' || kind === 'person' || kind === 'link') {
    const label = fieldLabel(t, kind, field);
    if (label !== field) return label;
  }
  if (agreementKindsOfRecord.includes(kind)) {
    const key = agreementAliases[field] ?? field;
    if (hasKey(en.agreements.field, key)) return t(`agreements.field.${key}`);
  }
  if (kind === 'group' && hasKey(en.groups, field) && typeof en.groups[field] === 'string')
    return t(`groups.${field}` as 'groups.nameKk');
  if (hasKey(en.merge.fields, field)) return t(`merge.fields.${field}`);
  if (hasKey(en.organisation, field)) return t(`organisation.${field}`);
  return field;
};

/** The references a conflict can show, by the names the preview sent (this workspace's name first). */
export const namesIn = (preview: MergePreview, lang: string): Record<string, string> =>
  lang === 'ru' ? preview.namesRu : preview.names;

const namesFrom = (names: Record<string, string>): Names => ({
  organisation: (id) => names[id] ?? id,
  group: (id) => names[id] ?? id,
});

/** A value as the user reads it: names for references, labels for codes, dates as dates. */
export const mergeValue = (
  t: TFunction,
  labels: Labels,
  format: { date: (iso: string) => string; dateTime: (iso: string) => string },
  preview: MergePreview,
  kind: MergeKind,
  field: string,
  value: MergeValue,
): string => {
  const names = namesIn(preview, labels.lang);
  if (typeof value === 'string') {
    if (field.endsWith('Id') && names[value]) return names[value];
    // Calendar days (signed on, valid to, due on) as the registry shows them.
    if (ISO_DAY.test(value)) return format.date(value);
    if (agreementKindsOfRecord.includes(kind)) {
      if (field === 'kind' && isOneOf(agreementKinds, value)) return t(`agreements.kind.${value}`);
      if (field === 'stage' && isOneOf(partnershipStages, value)) return t(`agreements.stage.${value}`);
      if (field === 'status' && isOneOf(trackedStatuses, value))
        return t(`agreements.obligationStatus.${value}`);
    }
  }
  return formatValue(t, labels, format.dateTime, namesFrom(names), field, value);
};
