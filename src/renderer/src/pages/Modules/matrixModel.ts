import { foldForSearch } from '../../../../shared/text/fold';
import type { SectorCode } from '../../../../shared/reference';
import type { InteractionModule, ModuleAssignment, OrganisationListItem } from '../../../../shared/model';

/** What the matrix shows and filters by: the organisations' own facets, not the server's paging. */
export interface MatrixFilters {
  search: string;
  sectors: SectorCode[];
  districts: string[];
  onlyUnassigned: boolean;
}

export const noFilters: MatrixFilters = { search: '', sectors: [], districts: [], onlyUnassigned: false };

export const hasFilters = (f: MatrixFilters): boolean =>
  f.search.trim() !== '' || f.sectors.length > 0 || f.districts.length > 0 || f.onlyUnassigned;

export type CellAssignment = Pick<ModuleAssignment, 'role' | 'tasks'>;

/** Assignments by organisation, then by module: the matrix reads one cell at a time. */
export type AssignmentIndex = Map<string, Map<string, CellAssignment>>;

export const indexAssignments = (modules: readonly InteractionModule[]): AssignmentIndex => {
  const index: AssignmentIndex = new Map();
  for (const m of modules) {
    for (const a of m.assignments) {
      let row = index.get(a.organisationId);
      if (!row) index.set(a.organisationId, (row = new Map<string, CellAssignment>()));
      row.set(m.id, { role: a.role, tasks: a.tasks });
    }
  }
  return index;
};

/**
 * The rows in matrix order: the council's hub first (module 9 is the home of its
 * coordinating role, DOMAIN.md §5), then the partners as the registry sorts them.
 */
export const matrixRows = (
  organisations: readonly OrganisationListItem[],
  filters: MatrixFilters,
  assignments: AssignmentIndex,
): OrganisationListItem[] => {
  const search = foldForSearch(filters.search);
  const rows = organisations.filter(
    (o) =>
      (!search || foldForSearch(`${o.nameKk} ${o.nameRu} ${o.shortName}`).includes(search)) &&
      (!filters.sectors.length || filters.sectors.includes(o.sector as SectorCode)) &&
      (!filters.districts.length || filters.districts.includes(o.district)) &&
      // The hub is never "in no module" (coverage leaves it out), so that filter hides it.
      (!filters.onlyUnassigned || (!o.isCouncilHub && !assignments.get(o.id)?.size)),
  );
  return [...rows.filter((o) => o.isCouncilHub), ...rows.filter((o) => !o.isCouncilHub)];
};

/** The page (1-based) that holds the row, or null when the filters hide it. */
export const pageOf = (rows: readonly { id: string }[], id: string, pageSize: number): number | null => {
  const index = rows.findIndex((r) => r.id === id);
  return index < 0 ? null : Math.floor(index / pageSize) + 1;
};

/** A DOM id for a cell, so arrow keys and coverage links can move the focus to it. */
export const cellId = (organisationId: string, moduleNumber: number): string =>
  `matrix-cell-${organisationId}-${moduleNumber}`;
