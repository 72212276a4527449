import { and, eq, isNull } from 'drizzle-orm';
import { moduleAssignments, organisations } from '../../../db/schema';
import type { ServiceContext } from './context';
import { moduleCatalogue } from '../../shared/reference';
import type { InteractionModule } from '../../shared/model';

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
