import { asc, eq, inArray, isNull } from 'drizzle-orm';
import { interactionModules, moduleAssignments, organisations, people } from '../../../../db/schema';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { DocumentLanguage, ExportedFile, exportCalls } from '../../../shared/api/exports';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ServiceContext } from '../../services/context';
import { getCouncil } from '../../services/council';
import { conflict } from '../../services/errors';
import { getAgreement } from '../../services/agreements';
import type { CouncilProfile } from '../../../shared/model';
import { agreementBody } from './agreement';
import { clusterBody } from './cluster';
import { docxFileName } from './fileName';
import { packDocument } from './layout';
import { documentText, type CouncilFacts, type MemberLine, type ModuleLine } from './text';

type AgreementDocxInput = ParsedInputOf<typeof exportCalls.agreementDocx>;
type ClusterDocxInput = ParsedInputOf<typeof exportCalls.clusterDocumentDocx>;

const requireCouncil = (ctx: ServiceContext): CouncilProfile => {
  const council = getCouncil(ctx);
  if (!council) throw conflict('notInitialised');
  return council;
};

const named = (row: { nameKk: string; nameRu: string }, language: DocumentLanguage): string =>
  (language === 'ru' ? row.nameRu || row.nameKk : row.nameKk).trim();

const yearOf = (iso: string): string => iso.slice(0, 4);

/**
 * The cooperation agreement drafted from the record, in Kazakh or Russian. Everything is
 * read synchronously before the first await, so the document shows one consistent state.
 */
export const agreementDocx = (
  ctx: ServiceContext,
  { id, language }: AgreementDocxInput,
): Promise<ExportedFile> => {
  const agreement = getAgreement(ctx, id);
  const council = requireCouncil(ctx);
  const moduleIds = agreement.moduleIds;
  const moduleNames =
    moduleIds.length === 0
      ? []
      : ctx.db
          .select()
          .from(interactionModules)
          .where(inArray(interactionModules.id, moduleIds))
          .orderBy(asc(interactionModules.number))
          .all()
          .map((m) => named(m, language));
  const t = documentText[language].agreement;
  const children = agreementBody({ agreement, place: council.region, moduleNames }, language);
  const year = yearOf(agreement.signedOn ?? agreement.validFrom ?? isoDay(ctx.now()));
  const number = agreement.number.trim();
  const fileName = docxFileName([t.fileWord(agreement.kind), number ? `№${number}` : '', year]);
  const heading = [t.heading(agreement.kind), t.number(number)].join(' ');
  return packDocument({ title: heading, language, children }).then((base64) => ({ fileName, base64 }));
};

const CLUSTER_ROLE_ORDER = { core: 0, coordinator: 1, participant: 2 } as const;

/** What the skeletons fill in from the workspace: the council, the member list and the module leads. */
const clusterFacts = (ctx: ServiceContext, language: DocumentLanguage) => {
  const council = requireCouncil(ctx);
  const active = ctx.db.select().from(organisations).where(isNull(organisations.archivedAt)).all();
  const collator = new Intl.Collator(language === 'ru' ? 'ru' : 'kk');
  const byId = new Map(active.map((o) => [o.id, o]));
  // The council is the coordinating body, not one of the members it coordinates.
  const members: MemberLine[] = active
    .filter((o) => o.membership === 'member' && !o.isCouncilHub && o.id !== council.hubOrganisationId)
    .map((o) => ({ name: named(o, language), district: o.district, role: o.clusterRole }))
    .sort(
      (a, b) => CLUSTER_ROLE_ORDER[a.role] - CLUSTER_ROLE_ORDER[b.role] || collator.compare(a.name, b.name),
    );
  const chair = council.chairPersonId
    ? ctx.db.select().from(people).where(eq(people.id, council.chairPersonId)).get()
    : undefined;
  const facts: CouncilFacts = {
    name: named(council, language),
    region: council.region.trim(),
    parentBody: council.parentBody.trim(),
    yearFounded: council.yearFounded,
    chairName: chair && !chair.archivedAt ? chair.fullName : null,
    core: members.filter((m) => m.role === 'core').map((m) => m.name),
  };
  const assignments = ctx.db
    .select()
    .from(moduleAssignments)
    .where(isNull(moduleAssignments.archivedAt))
    .all()
    .filter((a) => byId.has(a.organisationId));
  const modules: ModuleLine[] = ctx.db
    .select()
    .from(interactionModules)
    .orderBy(asc(interactionModules.number))
    .all()
    .map((m) => {
      const own = assignments.filter((a) => a.moduleId === m.id);
      return {
        number: m.number,
        name: named(m, language),
        leads: own
          .filter((a) => a.role === 'lead')
          .map((a) => named(byId.get(a.organisationId)!, language))
          .sort(collator.compare),
        participants: own.filter((a) => a.role === 'participant').length,
      };
    });
  return { council: facts, members, modules };
};

/** The regulation or the concept/programme skeleton, filled with the council and its members. */
export const clusterDocumentDocx = (
  ctx: ServiceContext,
  { document, language }: ClusterDocxInput,
): Promise<ExportedFile> => {
  const source = clusterFacts(ctx, language);
  const { title, fileName, children } = clusterBody(document, source, language);
  const name = docxFileName([fileName, yearOf(isoDay(ctx.now()))]);
  return packDocument({ title, language, children }).then((base64) => ({ fileName: name, base64 }));
};
