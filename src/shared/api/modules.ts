import { z } from 'zod';
import { call } from './contract';
import { LIMITS, longText, uuid } from './fields';
import { moduleRoles } from '../domain/enums';
import type { InteractionModule, ModuleAssignment, ModuleCoverage } from '../model';

export const moduleCalls = {
  /** The 12 modules with the guide's goal, tasks and suggested sectors, and who is assigned. */
  list: call<InteractionModule[]>()('modules:list', z.strictObject({})),
  /**
   * Puts an organisation into a module as lead or participant with its tasks; an organisation
   * already in the module has its role and tasks changed instead. A module may have several leads.
   */
  assign: call<ModuleAssignment>()(
    'modules:assign',
    z.strictObject({
      moduleId: uuid,
      organisationId: uuid,
      role: z.enum(moduleRoles),
      tasks: longText(LIMITS.notes),
    }),
  ),
  /** Takes the organisation out of the module (the assignment is archived, so undo and history keep it). */
  unassign: call<{ removed: boolean }>()(
    'modules:unassign',
    z.strictObject({ moduleId: uuid, organisationId: uuid }),
  ),
  /** What is not covered: modules without a lead, suggested sectors nobody brings, organisations in no module. */
  coverage: call<ModuleCoverage>()('modules:coverage', z.strictObject({})),
};
