import { z } from 'zod';
import type * as tables from '../../../../db/schema';
import {
  agendaItemKinds,
  agendaReferenceTypes,
  agreementKinds,
  agreementVersionReasons,
  attachmentOwners,
  attendanceStatuses,
  clusterRoles,
  councilRoles,
  linkContacts,
  linkDirections,
  linkObjects,
  linkParticipations,
  linkSystematicities,
  linkTerms,
  memberships,
  moduleRoles,
  organisationLevels,
  partnershipStages,
  quorumRules,
  sessionCadences,
  sessionNumberings,
  sessionStatuses,
  tieRules,
  trackedStatuses,
  voteChoices,
  workspaceTemplates,
} from '../../../shared/domain/enums';

/**
 * The "kenes-workspace" JSON format: every record a council keeps, one array per table,
 * field names as in the app (camelCase of the SQLite columns). This zod schema is the
 * single source: resources/schema/kenes-workspace.schema.json is generated from it
 * (writeSchema.ts), and the types below are checked against the database rows, so a
 * migration that adds a column fails the type check until the format says what it is.
 */

export const WORKSPACE_FORMAT = 'kenes-workspace';

const id = z.string().min(1).describe('Stable id (a UUID), the same in every copy of the workspace.');
const ref = (what: string) => z.string().min(1).describe(`Id of ${what}.`);
const optionalRef = (what: string) => z.string().min(1).nullable().describe(`Id of ${what}, or null.`);
const timestamp = z.string().describe('ISO-8601 UTC date and time.');
const day = z.string().describe('Calendar day, YYYY-MM-DD.');
const int = z.number().int();
const stamps = { createdAt: timestamp, updatedAt: timestamp };
const archivedAt = timestamp
  .nullable()
  .describe('When the record was archived (hidden, restorable); null if active.');

const councilProfile = z
  .strictObject({
    id,
    nameKk: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    region: z.string(),
    parentBody: z.string().describe('The body the council sits under (жанынан).'),
    yearFounded: int.nullable(),
    chairPersonId: optionalRef('the chair (people)'),
    secretaryPersonId: optionalRef('the secretary (people)'),
    quorumRule: z.enum(quorumRules),
    tieRule: z.enum(tieRules),
    sessionCadence: z.enum(sessionCadences),
    sessionNumbering: z.enum(sessionNumberings),
    hubOrganisationId: optionalRef('the organisation drawn as the council in the network'),
    template: z.enum(workspaceTemplates),
    ...stamps,
  })
  .describe('The council this workspace belongs to.');

const organisationGroup = z
  .strictObject({
    id,
    parentId: optionalRef('the enclosing group'),
    nameKk: z.string(),
    nameRu: z.string(),
    shortName: z.string(),
    position: int,
    notes: z.string(),
    archivedAt,
    ...stamps,
  })
  .describe('A block of the council scheme (Figure 13), e.g. ПМПК.');

const organisation = z
  .strictObject({
    id,
    nameKk: z.string(),
    nameRu: z.string(),
    shortName: z.string(),
    typeCode: z.string().describe('Code from resources/reference/organisation-types.json, e.g. SPED.PMPK.'),
    sector: z.string(),
    level: z.enum(organisationLevels),
    district: z.string(),
    legalForm: z.string(),
    address: z.string(),
    headName: z.string(),
    phone: z.string(),
    email: z.string(),
    website: z.string(),
    membership: z.enum(memberships),
    clusterRole: z.enum(clusterRoles),
    groupId: optionalRef('the organisation group'),
    isCouncilHub: z.boolean(),
    notes: z.string(),
    archivedAt,
    ...stamps,
  })
  .describe('A partner or member organisation.');

const person = z.strictObject({
  id,
  organisationId: optionalRef('the organisation'),
  fullName: z.string(),
  position: z.string(),
  councilRole: z.enum(councilRoles).nullable().describe('Null: a contact who does not sit on the council.'),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  archivedAt,
  ...stamps,
});

const link = z
  .strictObject({
    id,
    sourceId: ref('an organisation'),
    targetId: ref('an organisation'),
    kind: z.string().describe('Code from resources/reference/link-classification.json.'),
    direction: z.enum(linkDirections).nullable(),
    contact: z.enum(linkContacts).nullable(),
    systematicity: z.enum(linkSystematicities).nullable(),
    term: z.enum(linkTerms).nullable(),
    participation: z.enum(linkParticipations).nullable(),
    object: z.enum(linkObjects).nullable(),
    sphere: z.string(),
    label: z.string(),
    agreementId: optionalRef('the agreement the link rests on'),
    notes: z.string(),
    archivedAt,
    ...stamps,
  })
  .describe('A link between two organisations, with the guide’s classification of interaction.');

const agreement = z.strictObject({
  id,
  number: z.string(),
  title: z.string(),
  kind: z.enum(agreementKinds),
  subject: z.string(),
  signedOn: day.nullable(),
  validFrom: day.nullable(),
  validTo: day.nullable(),
  indefinite: z.boolean(),
  autoRenew: z.boolean(),
  noticeDays: int,
  terminatedOn: day.nullable(),
  stage: z.enum(partnershipStages),
  previousVersionId: optionalRef('the version this one replaces'),
  versionReason: z.enum(agreementVersionReasons).nullable(),
  notes: z.string(),
  archivedAt,
  ...stamps,
});

const agreementParty = z.strictObject({
  id,
  agreementId: ref('the agreement'),
  organisationId: ref('the organisation'),
  role: z.string(),
  signatoryPersonId: optionalRef('the signatory (people)'),
  position: int,
  archivedAt,
  ...stamps,
});

const agreementObligation = z.strictObject({
  id,
  agreementId: ref('the agreement'),
  partyId: ref('the responsible party (agreementParties)'),
  description: z.string(),
  dueOn: day.nullable(),
  status: z.enum(trackedStatuses),
  position: int,
  archivedAt,
  ...stamps,
});

const agreementModule = z.strictObject({
  id,
  agreementId: ref('the agreement'),
  moduleId: ref('the interaction module'),
  archivedAt,
  ...stamps,
});

const attachment = z
  .strictObject({
    id,
    ownerType: z.enum(attachmentOwners),
    ownerId: ref('the agreement or agenda item'),
    fileName: z.string(),
    mimeType: z.string(),
    sizeBytes: int,
    sha256: z.string(),
    archivedAt,
    ...stamps,
  })
  .describe('A file kept with a record: its description only; the bytes stay in the workspace.');

const interactionModule = z
  .strictObject({ id, number: int, nameKk: z.string(), nameRu: z.string(), nameEn: z.string(), ...stamps })
  .describe('One of the 12 interaction modules (fixed ids in every workspace).');

const moduleAssignment = z.strictObject({
  id,
  moduleId: ref('the interaction module'),
  organisationId: ref('the organisation'),
  role: z.enum(moduleRoles),
  tasks: z.string(),
  archivedAt,
  ...stamps,
});

const session = z
  .strictObject({
    id,
    year: int,
    quarter: int,
    number: int,
    startsAt: timestamp.nullable(),
    place: z.string(),
    onlinePlatform: z.string(),
    status: z.enum(sessionStatuses),
    chairPersonId: optionalRef('the chair of the sitting (people)'),
    secretaryPersonId: optionalRef('the secretary of the sitting (people)'),
    approvedAt: timestamp.nullable(),
    notes: z.string(),
    archivedAt,
    ...stamps,
  })
  .describe('A sitting of the council.');

const agendaItem = z.strictObject({
  id,
  sessionId: ref('the session'),
  position: int,
  kind: z.enum(agendaItemKinds),
  title: z.string(),
  rapporteurPersonId: optionalRef('the rapporteur (people)'),
  rapporteurOrganisationId: optionalRef('the rapporteur’s organisation'),
  durationMinutes: int.nullable(),
  heard: z.string(),
  spoke: z.string(),
  archivedAt,
  ...stamps,
});

const agendaItemReference = z.strictObject({
  id,
  agendaItemId: ref('the agenda item'),
  entityType: z.enum(agendaReferenceTypes),
  entityId: ref('the organisation, agreement, module or decision'),
  createdAt: timestamp,
});

const attendanceRow = z.strictObject({
  id,
  sessionId: ref('the session'),
  personId: optionalRef('the person (null for a guest not in the register)'),
  guestName: z.string(),
  organisationId: optionalRef('the organisation'),
  status: z.enum(attendanceStatuses),
  isGuest: z.boolean(),
  deputyPersonId: optionalRef('the deputy (people)'),
  deputyName: z.string(),
  ...stamps,
});

const decision = z.strictObject({
  id,
  sessionId: ref('the session'),
  agendaItemId: ref('the agenda item'),
  position: int,
  text: z.string(),
  deadline: day.nullable(),
  status: z.enum(trackedStatuses),
  votesFor: int.nullable(),
  votesAgainst: int.nullable(),
  votesAbstained: int.nullable(),
  chairVote: z.enum(voteChoices).nullable(),
  quorumOverrideReason: z.string().nullable(),
  indicator: z.string(),
  closedAt: timestamp.nullable(),
  archivedAt,
  ...stamps,
});

const decisionResponsible = z.strictObject({
  id,
  decisionId: ref('the decision'),
  organisationId: optionalRef('the organisation'),
  personId: optionalRef('the person'),
  role: z.enum(['responsible', 'partner']),
  createdAt: timestamp,
});

const decisionProgressNote = z.strictObject({
  id,
  decisionId: ref('the decision'),
  sessionId: optionalRef('the session the progress was reported at'),
  notedOn: day,
  text: z.string(),
  ...stamps,
});

const sessionAmendment = z.strictObject({
  id,
  sessionId: ref('the session'),
  madeOn: day,
  text: z.string(),
  archivedAt,
  ...stamps,
});

/** Filters, display options, positions and viewport are JSON the app wrote; exported parsed. */
const networkView = z.strictObject({
  id,
  name: z.string(),
  filters: z.unknown().describe('The view’s filters (JSON as the app stores it).'),
  layout: z.string(),
  display: z.unknown().describe('Display options (JSON).'),
  positions: z.unknown().describe('Node positions by organisation or group id (JSON).'),
  viewport: z.unknown().describe('Pan and zoom (JSON).'),
  position: int,
  ...stamps,
});

/** Document key → SQLite table: the order tables appear in the file. */
export const workspaceTables = {
  organisationGroups: 'organisation_groups',
  organisations: 'organisations',
  people: 'people',
  links: 'organisation_links',
  interactionModules: 'interaction_modules',
  moduleAssignments: 'module_assignments',
  agreements: 'agreements',
  agreementParties: 'agreement_parties',
  agreementObligations: 'agreement_obligations',
  agreementModules: 'agreement_modules',
  attachments: 'attachments',
  sessions: 'council_sessions',
  agendaItems: 'agenda_items',
  agendaItemReferences: 'agenda_item_references',
  attendance: 'attendance',
  decisions: 'decisions',
  decisionResponsibles: 'decision_responsibles',
  decisionProgressNotes: 'decision_progress_notes',
  sessionAmendments: 'session_amendments',
  networkViews: 'network_views',
} as const;

export const workspaceDocumentSchema = z
  .strictObject({
    format: z.literal(WORKSPACE_FORMAT),
    version: int
      .min(1)
      .describe('The workspace schema version (number of database migrations) it was written by.'),
    exportedAt: timestamp.describe('When the file was made, by the workspace clock.'),
    council: councilProfile.nullable(),
    organisationGroups: z.array(organisationGroup),
    organisations: z.array(organisation),
    people: z.array(person),
    links: z.array(link),
    interactionModules: z.array(interactionModule),
    moduleAssignments: z.array(moduleAssignment),
    agreements: z.array(agreement),
    agreementParties: z.array(agreementParty),
    agreementObligations: z.array(agreementObligation),
    agreementModules: z.array(agreementModule),
    attachments: z.array(attachment),
    sessions: z.array(session),
    agendaItems: z.array(agendaItem),
    agendaItemReferences: z.array(agendaItemReference),
    attendance: z.array(attendanceRow),
    decisions: z.array(decision),
    decisionResponsibles: z.array(decisionResponsible),
    decisionProgressNotes: z.array(decisionProgressNote),
    sessionAmendments: z.array(sessionAmendment),
    networkViews: z.array(networkView),
  })
  .meta({
    $id: 'urn:kenes:schema:kenes-workspace',
    title: 'Kenes workspace',
    description:
      'Every record of a Kenes workspace (a regional coordination council for inclusive education): one array per table, ids stable across copies. Attachments are described, not included.',
  });

export type WorkspaceDocument = z.infer<typeof workspaceDocumentSchema>;

/** Where the JSON Schema is published, relative to the repository root. */
export const SCHEMA_FILE = 'resources/schema/kenes-workspace.schema.json';

/** The JSON Schema (draft-07, the version most validators read) published in resources/schema. */
export const workspaceJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(workspaceDocumentSchema, { target: 'draft-07', io: 'output' });

// ---- The format keeps up with the database: each row type must equal its table's row.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
type Doc = WorkspaceDocument;
type Checks = [
  Same<NonNullable<Doc['council']>, Row<typeof tables.councilProfile>>,
  Same<Doc['organisationGroups'][number], Row<typeof tables.organisationGroups>>,
  Same<Doc['organisations'][number], Row<typeof tables.organisations>>,
  Same<Doc['people'][number], Row<typeof tables.people>>,
  Same<Doc['links'][number], Row<typeof tables.organisationLinks>>,
  Same<Doc['interactionModules'][number], Row<typeof tables.interactionModules>>,
  Same<Doc['moduleAssignments'][number], Row<typeof tables.moduleAssignments>>,
  Same<Doc['agreements'][number], Row<typeof tables.agreements>>,
  Same<Doc['agreementParties'][number], Row<typeof tables.agreementParties>>,
  Same<Doc['agreementObligations'][number], Row<typeof tables.agreementObligations>>,
  Same<Doc['agreementModules'][number], Row<typeof tables.agreementModules>>,
  Same<Doc['attachments'][number], Row<typeof tables.attachments>>,
  Same<Doc['sessions'][number], Row<typeof tables.councilSessions>>,
  Same<Doc['agendaItems'][number], Row<typeof tables.agendaItems>>,
  Same<Doc['agendaItemReferences'][number], Row<typeof tables.agendaItemReferences>>,
  Same<Doc['attendance'][number], Row<typeof tables.attendance>>,
  Same<Doc['decisions'][number], Row<typeof tables.decisions>>,
  Same<Doc['decisionResponsibles'][number], Row<typeof tables.decisionResponsibles>>,
  Same<Doc['decisionProgressNotes'][number], Row<typeof tables.decisionProgressNotes>>,
  Same<Doc['sessionAmendments'][number], Row<typeof tables.sessionAmendments>>,
  Same<keyof Doc['networkViews'][number], keyof Row<typeof tables.networkViews>>,
];
// A `false` here names the table whose format and database have drifted apart.
const _formatMatchesDatabase: Checks = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
