import { z } from 'zod';
import { call } from './contract';
import {
  LIMITS,
  archivedFilter,
  idInput,
  isoDate,
  longText,
  optionalText,
  requiredText,
  uuid,
} from './fields';
import {
  agreementKinds,
  agreementStatuses,
  agreementVersionReasons,
  attachmentOwners,
  partnershipStages,
  trackedStatuses,
} from '../domain/enums';
import type {
  AgreementDetail,
  AgreementListItem,
  Attachment,
  AttachmentFile,
  ClusterDocumentsPackage,
  ObligationListItem,
} from '../model';

/** One party of an agreement. `id` keeps an existing party (and its obligations) when the list is saved again. */
export const agreementPartyInput = z.strictObject({
  id: uuid.optional(),
  organisationId: uuid,
  role: optionalText(LIMITS.line),
  signatoryPersonId: uuid.nullable().optional(),
});

/** An obligation belongs to a party, named by its organisation (a party appears once per agreement). */
export const agreementObligationInput = z.strictObject({
  id: uuid.optional(),
  organisationId: uuid,
  description: requiredText(LIMITS.notes),
  dueOn: isoDate.nullable().optional(),
  status: z.enum(trackedStatuses).optional(),
});

const agreementFields = {
  number: optionalText(LIMITS.shortName),
  title: requiredText(LIMITS.name),
  kind: z.enum(agreementKinds),
  subject: longText(LIMITS.notes),
  signedOn: isoDate.nullable().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  indefinite: z.boolean().optional(),
  autoRenew: z.boolean().optional(),
  noticeDays: z.number().int().min(0).max(3650).optional(),
  stage: z.enum(partnershipStages).optional(),
  notes: longText(LIMITS.notes),
  /** Two or more distinct organisations (checked by the service, which knows the rest of the record). */
  parties: z.array(agreementPartyInput).max(200),
  obligations: z.array(agreementObligationInput).max(2000).optional(),
  moduleIds: z.array(uuid).max(12).optional(),
};

/** Cross-field rules that need no database: the service re-checks them on the merged record. */
const datesInOrder = (v: { validFrom?: string | null; validTo?: string | null }) =>
  !v.validFrom || !v.validTo || v.validFrom <= v.validTo;

export const agreementCreate = z
  .strictObject(agreementFields)
  .refine(datesInOrder, { message: 'validation.agreementDates', path: ['validTo'] });

export const agreementUpdate = z.strictObject({
  id: uuid,
  patch: z
    .strictObject(agreementFields)
    .partial()
    .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' })
    .refine(datesInOrder, { message: 'validation.agreementDates', path: ['validTo'] }),
});

export const agreementListInput = z.strictObject({
  kind: z.enum(agreementKinds).optional(),
  status: z.enum(agreementStatuses).optional(),
  organisationId: uuid.optional(),
  moduleId: uuid.optional(),
  search: optionalText(LIMITS.search),
  /** Earlier versions of amended or renewed agreements are hidden unless asked for. */
  includeSuperseded: z.boolean().optional(),
  archived: archivedFilter,
});

/** Signed scans: PDF, JPEG or PNG, checked by their first bytes, never by the name. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;

export const agreementCalls = {
  /** The registry: every current agreement with its parties, computed status and days to expiry. */
  list: call<AgreementListItem[]>()('agreements:list', agreementListInput),
  get: call<AgreementDetail>()('agreements:get', idInput),
  /** The agreement, its parties, obligations and modules, written in one transaction. */
  create: call<AgreementDetail>()('agreements:create', agreementCreate),
  /** Parties, obligations and modules, when given, replace the saved lists (ids keep their rows). */
  update: call<AgreementDetail>()('agreements:update', agreementUpdate),
  /** Ends the agreement on the given day (its status becomes "terminated" from then on). */
  terminate: call<AgreementDetail>()('agreements:terminate', z.strictObject({ id: uuid, on: isoDate })),
  /**
   * An amendment or renewal: a new version that copies the agreement (parties, obligations,
   * modules) and points at it. A renewal starts the day after the old term ends and runs as long.
   */
  newVersion: call<AgreementDetail>()(
    'agreements:newVersion',
    z.strictObject({
      id: uuid,
      reason: z.enum(agreementVersionReasons),
      signedOn: isoDate.nullable().optional(),
    }),
  ),
  archive: call<AgreementDetail>()('agreements:archive', idInput),
  restore: call<AgreementDetail>()('agreements:restore', idInput),
  /** Every obligation of current agreements, overdue ones first. */
  obligations: call<ObligationListItem[]>()(
    'agreements:obligations',
    z.strictObject({
      organisationId: uuid.optional(),
      status: z.enum(trackedStatuses).optional(),
      overdueOnly: z.boolean().optional(),
    }),
  ),
  updateObligation: call<ObligationListItem>()(
    'agreements:updateObligation',
    z.strictObject({
      id: uuid,
      patch: z
        .strictObject({
          description: requiredText(LIMITS.notes),
          dueOn: isoDate.nullable(),
          status: z.enum(trackedStatuses),
        })
        .partial()
        .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' }),
    }),
  ),
  /** The council's cluster documents: concept or programme, regulation, contracts — what exists of each. */
  documentsPackage: call<ClusterDocumentsPackage>()('agreements:documentsPackage', z.strictObject({})),
};

export const attachmentCalls = {
  list: call<Attachment[]>()(
    'attachments:list',
    z.strictObject({ ownerType: z.enum(attachmentOwners), ownerId: uuid }),
  ),
  /** Stores a copy inside the workspace; refused unless the bytes are a PDF, JPEG or PNG within the size limit. */
  add: call<Attachment>()(
    'attachments:add',
    z.strictObject({
      ownerType: z.enum(attachmentOwners),
      ownerId: uuid,
      fileName: requiredText(LIMITS.line),
      // base64 is 4/3 of the bytes; the service checks the decoded size exactly.
      base64: z
        .string()
        .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.format' }),
    }),
  ),
  /** Opens the file with the system's viewer (Electron); in browser mode the renderer downloads `read` instead. */
  open: call<{ opened: boolean }>()('attachments:open', idInput),
  read: call<AttachmentFile>()('attachments:read', idInput),
  archive: call<Attachment>()('attachments:archive', idInput),
};
