import { create } from 'zustand';
import type { AgreementKind, AgreementStatus, TrackedStatus } from '../../../../shared/domain/enums';

export interface AgreementFilters {
  search: string;
  kind?: AgreementKind;
  status?: AgreementStatus;
  organisationId?: string;
  moduleId?: string;
  includeSuperseded: boolean;
  showArchived: boolean;
}

export interface ObligationFilters {
  organisationId?: string;
  status?: TrackedStatus;
  overdueOnly: boolean;
}

interface FilterState {
  agreements: AgreementFilters;
  obligations: ObligationFilters;
  setAgreements: (patch: Partial<AgreementFilters>) => void;
  clearAgreements: () => void;
  setObligations: (patch: Partial<ObligationFilters>) => void;
}

const noAgreementFilters: AgreementFilters = { search: '', includeSuperseded: false, showArchived: false };

/**
 * The filters of the agreements screens outlive the page: opening an agreement, going to
 * the network and coming back finds the registry as it was left.
 */
export const useAgreementFilters = create<FilterState>()((set) => ({
  agreements: noAgreementFilters,
  obligations: { overdueOnly: false },
  setAgreements: (patch) => set((s) => ({ agreements: { ...s.agreements, ...patch } })),
  clearAgreements: () => set({ agreements: noAgreementFilters }),
  setObligations: (patch) => set((s) => ({ obligations: { ...s.obligations, ...patch } })),
}));

export const hasAgreementFilters = (f: AgreementFilters): boolean =>
  f.search.trim() !== '' ||
  f.kind !== undefined ||
  f.status !== undefined ||
  f.organisationId !== undefined ||
  f.moduleId !== undefined ||
  f.includeSuperseded ||
  f.showArchived;

/** The list call's input for these filters (the export takes the same). */
export const listInputOf = (f: AgreementFilters) => ({
  ...(f.search.trim() ? { search: f.search.trim() } : {}),
  ...(f.kind ? { kind: f.kind } : {}),
  ...(f.status ? { status: f.status } : {}),
  ...(f.organisationId ? { organisationId: f.organisationId } : {}),
  ...(f.moduleId ? { moduleId: f.moduleId } : {}),
  includeSuperseded: f.includeSuperseded,
  archived: f.showArchived ? ('all' as const) : ('active' as const),
});
