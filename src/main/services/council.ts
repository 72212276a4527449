import { eq } from 'drizzle-orm';
import { councilProfile, people } from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { recordChanges, type Change } from './history';
import { assignOfficer, requirePerson } from './people';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { councilCalls } from '../../shared/api/council';
import type { CouncilProfile } from '../../shared/model';

type UpdateInput = ParsedInputOf<typeof councilCalls.update>;

export const getCouncil = (ctx: ServiceContext): CouncilProfile | null =>
  ctx.db.select().from(councilProfile).get() ?? null;

const officerRoles = { chairPersonId: 'chair', secretaryPersonId: 'secretary' } as const;

export const updateCouncil = (ctx: ServiceContext, { patch }: UpdateInput): CouncilProfile =>
  ctx.transaction(() => {
    const before = getCouncil(ctx);
    if (!before) throw conflict('notInitialised');
    // Naming the secretary as chair moves them (below); naming one person to both posts at once is a mistake.
    if (patch.chairPersonId && patch.chairPersonId === patch.secretaryPersonId) throw conflict('sameOfficer');
    for (const field of ['chairPersonId', 'secretaryPersonId'] as const) {
      const personId = patch[field];
      if (personId && requirePerson(ctx, personId).archivedAt) throw conflict('archivedReference');
    }
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(councilProfile)
      .set({ ...patch, updatedAt: at })
      .where(eq(councilProfile.id, before.id))
      .returning()
      .get();
    // One user action, one batch: undo takes the officers' roles back with the profile.
    const changes: Change[] = [{ entity: 'council', entityId: before.id, action: 'update', before, after }];

    // Keep each officer's council role in step with the profile.
    for (const field of ['chairPersonId', 'secretaryPersonId'] as const) {
      if (patch[field] === undefined || patch[field] === before[field]) continue;
      const role = officerRoles[field];
      const previous = before[field];
      if (previous) {
        const old = requirePerson(ctx, previous);
        if (old.councilRole === role) {
          const demoted = ctx.db
            .update(people)
            .set({ councilRole: 'member', updatedAt: at })
            .where(eq(people.id, previous))
            .returning()
            .get();
          changes.push({
            entity: 'person',
            entityId: previous,
            action: 'update',
            before: old,
            after: demoted,
          });
        }
      }
      const next = patch[field];
      if (next) {
        const person = requirePerson(ctx, next);
        if (person.councilRole !== role) {
          const promoted = ctx.db
            .update(people)
            .set({ councilRole: role, updatedAt: at })
            .where(eq(people.id, next))
            .returning()
            .get();
          changes.push({
            entity: 'person',
            entityId: next,
            action: 'update',
            before: person,
            after: promoted,
          });
        }
        changes.push(...assignOfficer(ctx, next, role));
      }
    }
    recordChanges(ctx, changes);
    return getCouncil(ctx) as CouncilProfile;
  });
