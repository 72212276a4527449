import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { interactionModules, moduleAssignments, organisations } from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import { recordChanges } from './history';
import { moduleCatalogue, type SectorCode } from '../../shared/reference';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { moduleCalls } from '../../shared/api/modules';
import type { InteractionModule, ModuleAssignment, ModuleCoverage } from '../../shared/model';

type AssignInput = ParsedInputOf<typeof moduleCalls.assign>;
type UnassignInput = ParsedInputOf<typeof moduleCalls.unassign>;

/** The catalogue from the guide, joined with the workspace's current assignments. */
export const listModules = (ctx: ServiceContext): InteractionModule[] => {
  const assignments = ctx.db
    .select({ assignment: moduleAssignments, organisationName: organisations.nameKk })
    .from(moduleAssignments)
    .innerJoin(organisations, eq(moduleAssignments.organisationId, organisations.id))
    .where(and(isNull(moduleAssignments.archivedAt), isNull(organisations.archivedAt)))
    .all();
  return moduleCatalogue.map((m) => ({
    ...m,
    assignments: assignments
      .filter((a) => a.assignment.moduleId === m.id)
      .map((a) => ({ ...a.assignment, organisationName: a.organisationName })),
  }));
};

/** The active assignments of one organisation in one module: assignModule keeps it to one. */
const activeAssignments = (ctx: ServiceContext, moduleId: string, organisationId: string) =>
  ctx.db
    .select()
    .from(moduleAssignments)
    .where(
      and(
        eq(moduleAssignments.moduleId, moduleId),
        eq(moduleAssignments.organisationId, organisationId),
        isNull(moduleAssignments.archivedAt),
      ),
    )
    .orderBy(asc(moduleAssignments.createdAt), asc(moduleAssignments.id))
    .all();

/** The module must be one of the seeded twelve and the organisation an active one. */
const checkReferences = (ctx: ServiceContext, moduleId: string, organisationId: string): void => {
  const module = ctx.db
    .select({ id: interactionModules.id })
    .from(interactionModules)
    .where(eq(interactionModules.id, moduleId))
    .get();
  if (!module) throw notFound();
  const organisation = ctx.db
    .select({ archivedAt: organisations.archivedAt })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!organisation) throw notFound();
  if (organisation.archivedAt) throw conflict('archivedReference');
};

/**
 * Puts the organisation into the module, or changes its role and tasks there. Tasks left
 * out keep what was written before: changing a role from the matrix must not wipe them.
 * Saving the same role and tasks again changes nothing and records nothing.
 */
export const assignModule = (ctx: ServiceContext, input: AssignInput): ModuleAssignment =>
  ctx.transaction(() => {
    checkReferences(ctx, input.moduleId, input.organisationId);
    const at = ctx.now().toISOString();
    const [existing] = activeAssignments(ctx, input.moduleId, input.organisationId);
    if (!existing) {
      const row = {
        id: ctx.newId(),
        moduleId: input.moduleId,
        organisationId: input.organisationId,
        role: input.role,
        tasks: input.tasks ?? '',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      const created = ctx.db.insert(moduleAssignments).values(row).returning().get();
      recordChanges(ctx, [
        { entity: 'module_assignment', entityId: created.id, action: 'create', before: null, after: created },
      ]);
      return created;
    }
    const tasks = input.tasks ?? existing.tasks;
    if (existing.role === input.role && existing.tasks === tasks) return existing;
    const updated = ctx.db
      .update(moduleAssignments)
      .set({ role: input.role, tasks, updatedAt: at })
      .where(eq(moduleAssignments.id, existing.id))
      .returning()
      .get();
    recordChanges(ctx, [
      {
        entity: 'module_assignment',
        entityId: existing.id,
        action: 'update',
        before: existing,
        after: updated,
      },
    ]);
    return updated;
  });

/** Takes the organisation out of the module. The assignment is archived, so undo can bring it back. */
export const unassignModule = (ctx: ServiceContext, input: UnassignInput): { removed: boolean } =>
  ctx.transaction(() => {
    const current = activeAssignments(ctx, input.moduleId, input.organisationId);
    if (current.length === 0) return { removed: false };
    const at = ctx.now().toISOString();
    recordChanges(
      ctx,
      current.map((before) => ({
        entity: 'module_assignment',
        entityId: before.id,
        action: 'archive',
        before,
        after: ctx.db
          .update(moduleAssignments)
          .set({ archivedAt: at, updatedAt: at })
          .where(eq(moduleAssignments.id, before.id))
          .returning()
          .get(),
      })),
    );
    return { removed: true };
  });

/**
 * What the assignments leave uncovered (issue 4, item 11). Only active organisations
 * count; the council's own hub coordinates everything and is never "in no module".
 */
export const moduleCoverage = (ctx: ServiceContext): ModuleCoverage => {
  const active = ctx.db
    .select({
      id: organisations.id,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
      shortName: organisations.shortName,
      sector: organisations.sector,
      isCouncilHub: organisations.isCouncilHub,
    })
    .from(organisations)
    .where(isNull(organisations.archivedAt))
    // The registry's Kazakh alphabetical order, so the list reads like the matrix beside it.
    .orderBy(asc(sql`kenes_sort_key(${organisations.nameKk})`), asc(organisations.id))
    .all();
  const sectorOf = new Map(active.map((o) => [o.id, o.sector]));
  const assignments = ctx.db
    .select({
      moduleId: moduleAssignments.moduleId,
      organisationId: moduleAssignments.organisationId,
      role: moduleAssignments.role,
    })
    .from(moduleAssignments)
    .where(isNull(moduleAssignments.archivedAt))
    .all()
    .filter((a) => sectorOf.has(a.organisationId));

  const modulesWithoutLead: string[] = [];
  const missingSectors: ModuleCoverage['missingSectors'] = [];
  for (const m of moduleCatalogue) {
    const inModule = assignments.filter((a) => a.moduleId === m.id);
    if (!inModule.some((a) => a.role === 'lead')) modulesWithoutLead.push(m.id);
    const covered = new Set(inModule.map((a) => sectorOf.get(a.organisationId)));
    const sectors: SectorCode[] = m.suggestedSectors.filter((s) => !covered.has(s));
    if (sectors.length) missingSectors.push({ moduleId: m.id, sectors });
  }

  const assigned = new Set(assignments.map((a) => a.organisationId));
  const organisationsInNoModule = active
    .filter((o) => !o.isCouncilHub && !assigned.has(o.id))
    .map(({ id, nameKk, nameRu, shortName }) => ({ id, nameKk, nameRu, shortName }));

  return { modulesWithoutLead, missingSectors, organisationsInNoModule };
};
