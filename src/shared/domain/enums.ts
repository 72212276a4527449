/**
 * The closed vocabularies of the domain, shared by the database schema, the API
 * contract and the UI. Labels live in the i18n resources under the same codes.
 */

/** DOMAIN.md §4.1 */
export const organisationLevels = ['republican', 'regional', 'district', 'organisation'] as const;
export const memberships = ['member', 'partner'] as const;
/** DOMAIN.md §4.2 (кластер өзегі) and §6, plus the council's coordinators. */
export const clusterRoles = ['core', 'coordinator', 'participant'] as const;
export const councilRoles = ['chair', 'deputy_chair', 'secretary', 'member', 'invited'] as const;

export const quorumRules = ['more_than_half', 'two_thirds', 'all'] as const;
export const tieRules = ['chair_decides', 'rejected'] as const;
export const sessionCadences = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export const sessionNumberings = ['per_year', 'since_founding'] as const;
export const workspaceTemplates = ['empty', 'akmola'] as const;

/** DOMAIN.md §7.1: the guide's classification criteria, as link attributes. */
export const linkDirections = ['vertical', 'horizontal', 'diagonal'] as const;
export const linkContacts = ['formal', 'informal'] as const;
export const linkSystematicities = ['systematic', 'one_off'] as const;
export const linkTerms = ['short', 'medium', 'long'] as const;
export const linkParticipations = ['active', 'passive'] as const;
export const linkObjects = ['intersectoral', 'interfunctional', 'informational', 'project'] as const;

/** DOMAIN.md §8.1 and the issue on agreements. */
export const agreementKinds = [
  'cooperation',
  'contract',
  'network_contract',
  'memorandum',
  'joint_plan',
  'concept_programme',
  'cluster_regulation',
] as const;
/** DOMAIN.md §8.4: the guide's six stages of productive interaction, in order. */
export const productiveStages = [
  'problem_stated',
  'goals_set',
  'partners_sought',
  'agreement_formalised',
  'roles_delimited',
  'implementing',
] as const;
/** The six stages, plus amended and terminated (§8.2 item 5). */
export const partnershipStages = [...productiveStages, 'amended', 'terminated'] as const;
export const trackedStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
/**
 * An agreement's status, computed from its dates and the clock, never stored
 * (src/shared/domain/agreementStatus.ts).
 */
export const agreementStatuses = ['draft', 'active', 'expiring', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
/** Why a new version of an agreement was made (DOMAIN.md §8.2 item 5). */
export const agreementVersionReasons = ['amendment', 'renewal'] as const;
/** The cluster's document package (DOMAIN.md §6, "Full document package"). */
export const clusterDocumentSlots = ['concept_programme', 'cluster_regulation', 'contracts'] as const;
export type TrackedStatus = (typeof trackedStatuses)[number];
export type AgreementKind = (typeof agreementKinds)[number];
export type PartnershipStage = (typeof partnershipStages)[number];
export const attachmentOwners = ['agreement', 'agenda_item'] as const;

export const moduleRoles = ['lead', 'participant'] as const;
export type ModuleRole = (typeof moduleRoles)[number];

export const sessionStatuses = ['planned', 'held', 'minutes_drafted', 'approved'] as const;
export const agendaItemKinds = ['regular', 'execution_of_decisions'] as const;
/** An item links organisations, agreements and modules; the execution item lists the decisions it reviews. */
export const agendaReferenceTypes = ['organisation', 'agreement', 'module', 'decision'] as const;
export const voteChoices = ['for', 'against', 'abstained'] as const;
/** What a vote came to, computed from the counts and the council's tie rule. */
export const decisionOutcomes = ['adopted', 'rejected'] as const;
export type VoteChoice = (typeof voteChoices)[number];
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export type SessionStatus = (typeof sessionStatuses)[number];
export const attendanceStatuses = ['present', 'absent', 'excused'] as const;

export const historyActions = ['create', 'update', 'archive', 'restore', 'delete'] as const;
/** An ordinary change, or the undoing or redoing of an earlier batch. */
export const historyBatchKinds = ['edit', 'undo', 'redo'] as const;

export type OrganisationLevel = (typeof organisationLevels)[number];
export type Membership = (typeof memberships)[number];
export type ClusterRole = (typeof clusterRoles)[number];
export type CouncilRole = (typeof councilRoles)[number];
export type HistoryAction = (typeof historyActions)[number];
export type HistoryBatchKind = (typeof historyBatchKinds)[number];
