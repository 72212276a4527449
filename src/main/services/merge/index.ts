import type { ServiceContext } from '../context';
import { ServiceError, conflict } from '../errors';
import { recordChanges, type Change } from '../history';
import { discardUpload } from '../uploads';
import { backUpBefore } from '../workspace';
import { ATTACHMENT_FILES_TABLE, unpackAttachmentFiles } from '../../store/attachmentFiles';
import { withDistrictFile, type DistrictFile } from './districtFile';
import { planMerge, type MergePlan } from './plan';
import { hasGroupCycle, insertIncoming, replaceWithTheirs } from './write';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { mergeCalls } from '../../../shared/api/merge';
import type { MergePreview, MergeReport } from '../../../shared/model';

type PreviewInput = ParsedInputOf<typeof mergeCalls.preview>;
type ApplyInput = ParsedInputOf<typeof mergeCalls.apply>;

/**
 * Merging a district council's `.kenes` file into this workspace. Records are matched by
 * their ids (a district workspace that began as a copy of the regional one shares them):
 * new ones come in, unchanged ones are passed over, and a record that differs is never
 * overwritten without the user's choice. A copy of this very council's workspace (the
 * same council id, e.g. taken to another computer) merges like any district's file.
 */

const plan = (ctx: ServiceContext, district: DistrictFile): MergePlan => {
  const result = planMerge(ctx, district.workspace);
  const anything =
    result.skipped.length > 0 || result.kinds.some((k) => k.incoming.length > 0 || k.changed.length > 0);
  if (!anything) throw conflict('mergeNothingNew');
  return result;
};

export const mergePreview = (ctx: ServiceContext, input: PreviewInput): MergePreview =>
  withDistrictFile(ctx, input.uploadId, (district) => {
    const result = plan(ctx, district);
    return {
      fileName: district.fileName,
      councilName: result.councilName,
      councilNameRu: result.councilNameRu,
      sameCouncil: result.sameCouncil,
      schemaVersion: district.schemaVersion,
      migrated: district.migrated,
      counts: result.kinds.map((k) => ({
        kind: k.spec.kind,
        new: k.incoming.length,
        same: k.same,
        changed: k.changed.length,
        skipped: result.skipped.filter((s) => s.kind === k.spec.kind).length,
      })),
      conflicts: result.conflicts,
      leftOut: result.leftOut,
      problems: result.skipped,
      names: result.names,
      namesRu: result.namesRu,
    };
  });

/** Only the bytes of the attachments that come in are written to this workspace's folder. */
const unpackIncomingFiles = (
  ctx: ServiceContext,
  district: DistrictFile,
  result: MergePlan,
  choices: ApplyInput['choices'],
): number => {
  const attachments = result.kinds.find((k) => k.spec.kind === 'attachment');
  const hashes = [
    ...(attachments?.incoming ?? []).map((r) => String(r.sha256)),
    ...(attachments?.changed ?? [])
      .filter((c) => choices[c.key] === 'theirs')
      .map((c) => String(c.theirs.sha256)),
  ];
  const sqlite = district.workspace.sqlite;
  const carries = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(ATTACHMENT_FILES_TABLE);
  if (!carries) return 0;
  // The temporary copy is ours to trim: keep only the bytes that are needed.
  sqlite.exec(`CREATE TEMP TABLE merge_wanted (sha256 TEXT PRIMARY KEY)`);
  const add = sqlite.prepare('INSERT OR IGNORE INTO merge_wanted (sha256) VALUES (?)');
  for (const sha of hashes) add.run(sha);
  sqlite.exec(`DELETE FROM ${ATTACHMENT_FILES_TABLE} WHERE sha256 NOT IN (SELECT sha256 FROM merge_wanted)`);
  return unpackAttachmentFiles(sqlite, ctx.dataDir);
};

export const mergeApply = (ctx: ServiceContext, input: ApplyInput): MergeReport => {
  // A file from a newer Kenes looked at read-only: SQLite would refuse the rows, but the
  // backup and the scans' bytes are files, written before it could; refuse first.
  if (ctx.readOnly) throw new ServiceError('read_only', 'errors.read_only');
  const report = withDistrictFile(ctx, input.uploadId, (district) => {
    const result = plan(ctx, district);
    const missing = result.conflicts.filter((c) => input.choices[c.key] === undefined);
    if (missing.length > 0) throw conflict('mergeChoicesMissing');
    const backup = backUpBefore(ctx, 'pre-merge');
    // Bytes first, named by their hash: if the write below fails they are simply unused files.
    const attachmentFiles = unpackIncomingFiles(ctx, district, result, input.choices);
    let replaced = 0;
    let kept = 0;
    ctx.transaction(() => {
      const changes: Change[] = [];
      for (const kind of result.kinds) changes.push(...insertIncoming(ctx, kind));
      for (const kind of result.kinds) {
        for (const record of kind.changed) {
          if (input.choices[record.key] === 'theirs') {
            changes.push(replaceWithTheirs(ctx, kind.spec, record));
            replaced += 1;
          } else kept += 1;
        }
      }
      // Taking the district's parent for one group and keeping ours for another can close a loop.
      if (hasGroupCycle(ctx)) throw conflict('groupCycle');
      // One batch: one Undo takes the whole merge back.
      recordChanges(ctx, changes);
    });
    const added = result.kinds.map((k) => ({ kind: k.spec.kind, count: k.incoming.length }));
    return {
      added,
      addedTotal: added.reduce((sum, a) => sum + a.count, 0),
      replaced,
      kept,
      skipped: result.skipped,
      attachmentFiles,
      backup,
    };
  });
  discardUpload(ctx, { uploadId: input.uploadId });
  return report;
};
