import type { ParsedInputOf } from '../../../../../shared/api/contract';
import type { decisionCalls } from '../../../../../shared/api/sessions';
import type { TrackedStatus, VoteChoice } from '../../../../../shared/domain/enums';
import type { Vote } from '../../../../../shared/domain/quorum';
import type { DecisionItem } from '../../../../../shared/model';

type CreateInput = ParsedInputOf<typeof decisionCalls.create>;
type Patch = ParsedInputOf<typeof decisionCalls.update>['patch'];

/** What the decision drawer holds; the deadline as YYYY-MM-DD, as it is sent. */
export interface DecisionFormValues {
  text: string;
  responsibleOrganisationIds: string[];
  responsiblePersonIds: string[];
  partnerOrganisationIds: string[];
  deadline: string | null;
  indicator: string;
  status: TrackedStatus;
  voteTaken: boolean;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  chairVote: VoteChoice | null;
  quorumOverrideReason: string;
}

export const blankDecision = (): DecisionFormValues => ({
  text: '',
  responsibleOrganisationIds: [],
  responsiblePersonIds: [],
  partnerOrganisationIds: [],
  deadline: null,
  indicator: '',
  status: 'open',
  voteTaken: false,
  votesFor: null,
  votesAgainst: null,
  votesAbstained: null,
  chairVote: null,
  quorumOverrideReason: '',
});

export const valuesOfDecision = (d: DecisionItem): DecisionFormValues => ({
  text: d.text,
  responsibleOrganisationIds: d.responsibleOrganisationIds,
  responsiblePersonIds: d.responsiblePersonIds,
  partnerOrganisationIds: d.partnerOrganisationIds,
  deadline: d.deadline,
  indicator: d.indicator,
  status: d.status,
  voteTaken: d.votesFor !== null,
  votesFor: d.votesFor,
  votesAgainst: d.votesAgainst,
  votesAbstained: d.votesAbstained,
  chairVote: d.chairVote,
  quorumOverrideReason: d.quorumOverrideReason ?? '',
});

/** The vote as the outcome rule reads it (shared/domain/quorum); no vote is consensus. */
export const voteColumnsOf = (v: Partial<DecisionFormValues>): Vote =>
  v.voteTaken
    ? {
        votesFor: v.votesFor ?? 0,
        votesAgainst: v.votesAgainst ?? 0,
        votesAbstained: v.votesAbstained ?? 0,
        chairVote: v.chairVote ?? null,
      }
    : { votesFor: null, votesAgainst: null, votesAbstained: null, chairVote: null };

/** The decision's fields as the contract takes them (create and update share them). */
export const fieldsOf = (v: DecisionFormValues) => ({
  text: v.text.trim(),
  deadline: v.deadline ?? null,
  status: v.status,
  indicator: (v.indicator ?? '').trim(),
  responsibleOrganisationIds: v.responsibleOrganisationIds ?? [],
  responsiblePersonIds: v.responsiblePersonIds ?? [],
  partnerOrganisationIds: v.partnerOrganisationIds ?? [],
  vote: v.voteTaken
    ? {
        for: v.votesFor ?? 0,
        against: v.votesAgainst ?? 0,
        abstained: v.votesAbstained ?? 0,
        chairVote: v.chairVote ?? null,
      }
    : null,
});

export const createInput = (
  agendaItemId: string,
  v: DecisionFormValues,
  withoutQuorum: boolean,
): CreateInput => ({
  agendaItemId,
  ...fieldsOf(v),
  ...(withoutQuorum ? { quorumOverrideReason: v.quorumOverrideReason.trim() } : {}),
});

/** Only what changed, so an edit records only what the secretary touched. */
export const updatePatch = (d: DecisionItem, v: DecisionFormValues): Partial<Patch> => {
  const before: Record<string, unknown> = fieldsOf(valuesOfDecision(d));
  return Object.fromEntries(
    Object.entries(fieldsOf(v)).filter(([k, value]) => JSON.stringify(value) !== JSON.stringify(before[k])),
  );
};

/** The form differs from what it opened with (arrays and the vote compared by content). */
export const formChanged = (initial: DecisionFormValues, current: DecisionFormValues): boolean =>
  JSON.stringify({ ...fieldsOf(initial), r: initial.quorumOverrideReason }) !==
  JSON.stringify({ ...fieldsOf({ ...initial, ...current }), r: current.quorumOverrideReason ?? '' });
