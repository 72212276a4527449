import { and, count, eq, isNull } from 'drizzle-orm';
import { organisations } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { akmolaModel } from '../templates/akmola';
import type { OrganisationLevel } from '../../../shared/domain/enums';
import type { OverviewTypeCount } from '../../../shared/api/overview';

interface Figure13Block {
  typeCode: string;
  level: OrganisationLevel;
  label: string;
}

/**
 * The blocks of Figure 13 in the scheme's order, read from the Akmola template that seeds
 * them (DOMAIN.md §3): a single body is labelled by its short name (ББ, ООӘК, БАИ), a counted
 * block by its sub-block (А(Қ)ББ, ПМПК) or, when it is the whole block, by the block's name.
 */
const figure13Blocks: Figure13Block[] = akmolaModel.blocks.flatMap((block) =>
  block.members.map((member) =>
    'single' in member
      ? { typeCode: member.single.typeCode, level: member.single.level, label: member.single.shortName }
      : {
          typeCode: member.typeCode,
          level: member.level,
          label: member.subgroup?.shortName ?? block.group?.shortName ?? member.typeCode,
        },
  ),
);

/** Types the scheme shows as more than one block (at different levels) are counted per level. */
const splitByLevel = new Set(
  figure13Blocks.map((b) => b.typeCode).filter((code, i, all) => all.indexOf(code) !== i),
);

/**
 * Active organisations by type, the council's own hub left out (as in the registry's
 * facets). Figure 13's blocks come first, in the scheme's order and with its labels, so the
 * secretary can hold the list against the figure; the other types follow by count. A type
 * with no active organisation is left out.
 */
export const organisationTypeCounts = (ctx: ServiceContext): OverviewTypeCount[] => {
  const rows = ctx.db
    .select({ typeCode: organisations.typeCode, level: organisations.level, count: count() })
    .from(organisations)
    .where(and(eq(organisations.isCouncilHub, false), isNull(organisations.archivedAt)))
    .groupBy(organisations.typeCode, organisations.level)
    .all();
  const counts = new Map<string, OverviewTypeCount>();
  for (const row of rows) {
    const level = splitByLevel.has(row.typeCode) ? row.level : null;
    const key = `${row.typeCode}|${level ?? ''}`;
    const known = counts.get(key);
    if (known) known.count += row.count;
    else counts.set(key, { typeCode: row.typeCode, level, figure13Label: null, count: row.count });
  }
  const ordered: OverviewTypeCount[] = [];
  for (const block of figure13Blocks) {
    const key = `${block.typeCode}|${splitByLevel.has(block.typeCode) ? block.level : ''}`;
    const found = counts.get(key);
    if (!found) continue;
    ordered.push({ ...found, figure13Label: block.label });
    counts.delete(key);
  }
  const others = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.typeCode.localeCompare(b.typeCode),
  );
  return [...ordered, ...others];
};
