import type { CouncilProfile, Quorum } from '../model';
import type { DecisionOutcome, VoteChoice } from './enums';

type QuorumRule = CouncilProfile['quorumRule'];

/**
 * The fewest members present that make a quorum. "More than half" of 10 is 6, of 9 is 5;
 * "two thirds" of 9 is 6, of 10 is 7 (at least two thirds); "all" is everyone. A council
 * with no members has no quorum: nobody can decide for it.
 */
export const quorumNeeded = (rule: QuorumRule, members: number): number => {
  if (members === 0) return 1;
  switch (rule) {
    case 'more_than_half':
      return Math.floor(members / 2) + 1;
    case 'two_thirds':
      return Math.ceil((members * 2) / 3);
    case 'all':
      return members;
  }
};

export const quorumOf = (rule: QuorumRule, members: number, present: number): Quorum => {
  const needed = quorumNeeded(rule, members);
  return { rule, members, present, needed, reached: members > 0 && present >= needed };
};

export interface Vote {
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  chairVote: VoteChoice | null;
}

/**
 * What a vote came to. No vote recorded: adopted by consensus. A majority of the votes cast
 * decides; on a tie the council's rule does — by default the ДКК rule, "the decision the
 * chair voted for is adopted" (DOMAIN.md §9.2), otherwise a tie rejects.
 */
export const decisionOutcome = (vote: Vote, tieRule: CouncilProfile['tieRule']): DecisionOutcome => {
  if (vote.votesFor === null || vote.votesAgainst === null) return 'adopted';
  if (vote.votesFor !== vote.votesAgainst) return vote.votesFor > vote.votesAgainst ? 'adopted' : 'rejected';
  return tieRule === 'chair_decides' && vote.chairVote === 'for' ? 'adopted' : 'rejected';
};

/** A tie under "chair decides" is settled only by a chair who voted for or against. */
export const tieNeedsChairVote = (vote: Vote, tieRule: CouncilProfile['tieRule']): boolean =>
  vote.votesFor !== null &&
  vote.votesFor === vote.votesAgainst &&
  tieRule === 'chair_decides' &&
  vote.chairVote !== 'for' &&
  vote.chairVote !== 'against';
