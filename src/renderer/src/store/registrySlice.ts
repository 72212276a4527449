import type { StateCreator } from 'zustand';
import type { Membership, OrganisationLevel } from '../../../shared/domain/enums';
import type { SectorCode } from '../../../shared/reference';
import type { organisationSortFields } from '../../../shared/api/organisations';
import type { KenesState } from './index';

export type OrganisationSortField = (typeof organisationSortFields)[number];

export interface RegistryFilters {
  search: string;
  typeCodes: string[];
  sectors: SectorCode[];
  levels: OrganisationLevel[];
  districts: string[];
  groupIds: string[];
  memberships: Membership[];
  showArchived: boolean;
}

export interface RegistryView {
  filters: RegistryFilters;
  sort: { field: OrganisationSortField; order: 'asc' | 'desc' } | null;
  page: number;
  pageSize: number;
}

export const emptyFilters: RegistryFilters = {
  search: '',
  typeCodes: [],
  sectors: [],
  levels: [],
  districts: [],
  groupIds: [],
  memberships: [],
  showArchived: false,
};

/** True when any filter narrows the list (the archive switch widens it, so it does not count). */
export const hasActiveFilters = (f: RegistryFilters): boolean =>
  f.search.trim() !== '' ||
  f.typeCodes.length > 0 ||
  f.sectors.length > 0 ||
  f.levels.length > 0 ||
  f.districts.length > 0 ||
  f.groupIds.length > 0 ||
  f.memberships.length > 0;

/** The registry's filters, sort and page: kept here so they survive leaving the page and coming back. */
export interface RegistrySlice {
  registry: RegistryView;
  setRegistryFilters: (patch: Partial<RegistryFilters>) => void;
  clearRegistryFilters: () => void;
  setRegistryPage: (page: number, pageSize: number) => void;
  setRegistrySort: (sort: RegistryView['sort']) => void;
}

export const createRegistrySlice: StateCreator<KenesState, [], [], RegistrySlice> = (set) => ({
  registry: { filters: emptyFilters, sort: null, page: 1, pageSize: 50 },
  setRegistryFilters: (patch) =>
    set((s) => ({ registry: { ...s.registry, filters: { ...s.registry.filters, ...patch }, page: 1 } })),
  clearRegistryFilters: () =>
    set((s) => ({
      registry: {
        ...s.registry,
        filters: { ...emptyFilters, showArchived: s.registry.filters.showArchived },
        page: 1,
      },
    })),
  setRegistryPage: (page, pageSize) => set((s) => ({ registry: { ...s.registry, page, pageSize } })),
  setRegistrySort: (sort) => set((s) => ({ registry: { ...s.registry, sort, page: 1 } })),
});
