import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createRegistrySlice, type RegistrySlice } from './registrySlice';

export type KenesState = SessionSlice & RegistrySlice;

/** UI state only (language, filters, a revision counter); data stays in the API. */
export const useKenesStore = create<KenesState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createRegistrySlice(...a),
}));

export const selectLanguage = (s: KenesState) => s.language;
export const selectStatus = (s: KenesState) => s.status;
export const selectRevision = (s: KenesState) => s.revision;
export const selectDataChanged = (s: KenesState) => s.dataChanged;
export const selectRegistry = (s: KenesState) => s.registry;
export const selectRegistryActions = (s: KenesState) => ({
  setFilters: s.setRegistryFilters,
  clearFilters: s.clearRegistryFilters,
  setPage: s.setRegistryPage,
  setSort: s.setRegistrySort,
});

export {
  emptyFilters,
  hasActiveFilters,
  type RegistryFilters,
  type OrganisationSortField,
} from './registrySlice';
