import {
  councilProfile,
  networkViews,
  organisationGroups,
  organisationLinks,
  organisations,
  people,
} from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { recordChanges, type Change } from './history';
import { organisationRow } from './organisations';
import { getCouncil } from './council';
import { readSettings } from './settings';
import { defaultViewRow } from './views';
import { akmolaModel, expandMember, type TemplateOrganisation } from './templates/akmola';
import { createBackup, listBackups, pruneBackups } from '../store/backups';
import { insertRows } from '../store/insert-rows';
import { COUNCIL_TYPE_CODE, EXTERNAL_LINK_KIND } from '../../shared/reference';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { workspaceCalls } from '../../shared/api/workspace';
import type { BackupEntry, CouncilProfile, WorkspaceStatus } from '../../shared/model';

type InitInput = ParsedInputOf<typeof workspaceCalls.initialise>;

const MANUAL_BACKUPS_KEPT = 50;

export const workspaceStatus = (ctx: ServiceContext): WorkspaceStatus => {
  const profile = getCouncil(ctx);
  const last = listBackups(ctx.dataDir)[0];
  return {
    initialised: profile !== null,
    councilName: profile?.nameKk ?? null,
    template: profile?.template ?? null,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    schemaVersion: ctx.schemaVersion,
    lastBackupAt: last?.createdAt ?? null,
  };
};

interface Seed {
  profile: typeof councilProfile.$inferInsert;
  groups: (typeof organisationGroups.$inferInsert)[];
  organisations: (typeof organisations.$inferInsert)[];
  links: (typeof organisationLinks.$inferInsert)[];
  people: (typeof people.$inferInsert)[];
}

const hubRow = (ctx: ServiceContext, at: string, nameKk: string, shortName: string, nameRu = '') =>
  organisationRow(
    ctx,
    {
      nameKk,
      nameRu,
      shortName,
      typeCode: COUNCIL_TYPE_CODE,
      level: 'regional',
      membership: 'member',
      clusterRole: 'coordinator',
    },
    at,
    { isCouncilHub: true },
  );

const profileRow = (ctx: ServiceContext, at: string, hubId: string, template: 'empty' | 'akmola') => ({
  id: ctx.newId(),
  nameKk: '',
  template,
  hubOrganisationId: hubId,
  createdAt: at,
  updatedAt: at,
});

const emptySeed = (ctx: ServiceContext, at: string, councilName: string): Seed => {
  const hub = hubRow(ctx, at, councilName, '');
  return {
    profile: { ...profileRow(ctx, at, hub.id, 'empty'), nameKk: councilName },
    groups: [],
    organisations: [hub],
    links: [],
    people: [],
  };
};

/** Figure 13: the council in the centre, every block with its counted organisations, each linked to the council. */
const akmolaSeed = (ctx: ServiceContext, at: string): Seed => {
  const { council, chair, blocks } = akmolaModel;
  const hub = hubRow(ctx, at, council.nameKk, council.hubShortName, council.nameRu);
  const seed: Seed = {
    profile: {
      ...profileRow(ctx, at, hub.id, 'akmola'),
      nameKk: council.nameKk,
      nameRu: council.nameRu,
      nameEn: council.nameEn,
      region: council.region,
      parentBody: council.parentBody,
      yearFounded: council.yearFounded,
    },
    groups: [],
    organisations: [hub],
    links: [],
    people: [],
  };
  const group = (
    names: { nameKk: string; nameRu: string; shortName: string },
    parentId: string | null,
    position: number,
  ) => {
    const row = { id: ctx.newId(), parentId, ...names, position, createdAt: at, updatedAt: at };
    seed.groups.push(row);
    return row.id;
  };
  const addOrganisation = (o: TemplateOrganisation, groupId: string | null) => {
    const row = organisationRow(ctx, { ...o, membership: 'member', groupId }, at);
    seed.organisations.push(row);
    seed.links.push({
      id: ctx.newId(),
      sourceId: hub.id,
      targetId: row.id,
      kind: EXTERNAL_LINK_KIND,
      createdAt: at,
      updatedAt: at,
    });
  };
  blocks.forEach((block, blockIndex) => {
    const blockId = block.group ? group(block.group, null, blockIndex + 1) : null;
    block.members.forEach((member, memberIndex) => {
      const subgroupId =
        'subgroup' in member && member.subgroup ? group(member.subgroup, blockId, memberIndex + 1) : blockId;
      for (const o of expandMember(member)) addOrganisation(o, subgroupId);
    });
  });
  const chairRow = {
    id: ctx.newId(),
    fullName: chair.fullName,
    position: chair.position,
    councilRole: 'chair' as const,
    createdAt: at,
    updatedAt: at,
  };
  seed.people.push(chairRow);
  seed.profile.chairPersonId = chairRow.id;
  return seed;
};

/**
 * Creates the workspace's council and its default network view, all in one transaction:
 * a failure leaves it uninitialised. It cannot be undone.
 */
export const initialiseWorkspace = (ctx: ServiceContext, input: InitInput): CouncilProfile =>
  ctx.transaction(() => {
    if (getCouncil(ctx)) throw conflict('alreadyInitialised');
    const at = ctx.now().toISOString();
    const seed = input.template === 'empty' ? emptySeed(ctx, at, input.councilName) : akmolaSeed(ctx, at);
    // Groups go in parents-first (the seed lists them that way); people before the profile names them.
    insertRows(ctx, organisationGroups, seed.groups);
    insertRows(ctx, organisations, seed.organisations);
    insertRows(ctx, organisationLinks, seed.links);
    insertRows(ctx, people, seed.people);
    const view = ctx.db.insert(networkViews).values(defaultViewRow(ctx, at)).returning().get();
    const profile = ctx.db.insert(councilProfile).values(seed.profile).returning().get();
    const created = (entity: Change['entity'], rows: { id?: string }[]): Change[] =>
      rows.map((row) => ({ entity, entityId: row.id as string, action: 'create', before: null, after: row }));
    recordChanges(ctx, [
      ...created('group', seed.groups),
      ...created('organisation', seed.organisations),
      ...created('link', seed.links),
      ...created('person', seed.people),
      { entity: 'network_view', entityId: view.id, action: 'create', before: null, after: view },
      // The council's creation marks this batch as the workspace's initialisation: the
      // bottom of the undo stack (see undo.ts).
      { entity: 'council', entityId: profile.id, action: 'create', before: null, after: profile },
    ]);
    return profile;
  });

export const backupNow = (ctx: ServiceContext): BackupEntry => {
  const entry = createBackup(ctx.sqlite, ctx.dataDir, 'manual', ctx.now());
  pruneBackups(ctx.dataDir, 'manual', Math.max(MANUAL_BACKUPS_KEPT, readSettings(ctx.db).backupsToKeep));
  return entry;
};

export const backups = (ctx: ServiceContext): BackupEntry[] => listBackups(ctx.dataDir);

/**
 * The copy taken before an import, a merge, a restore or opening another workspace, so the
 * state just before can always be had back from Settings › Backups. Each kind keeps the
 * number of backups the secretary chose.
 */
export const backUpBefore = (
  ctx: ServiceContext,
  kind: 'pre-import' | 'pre-merge' | 'pre-restore' | 'pre-open',
): BackupEntry => {
  const entry = createBackup(ctx.sqlite, ctx.dataDir, kind, ctx.now());
  pruneBackups(ctx.dataDir, kind, readSettings(ctx.db).backupsToKeep);
  return entry;
};
