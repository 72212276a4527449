import type { ExportedFile } from '../../../shared/api/exports';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ServiceContext } from '../../services/context';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { loadOpenGraph } from './network';

export { workspaceJson } from './workspaceJson';

const utf8 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** "kenes-network-2026-11-22.graphml": the active network, as yEd and Cytoscape read it. */
export const networkGraphml = (ctx: ServiceContext): ExportedFile => ({
  fileName: `kenes-network-${isoDay(ctx.now())}.graphml`,
  base64: utf8(writeGraphml(loadOpenGraph(ctx))),
});

/** "kenes-network-2026-11-22.gexf": the active network, as Gephi reads it. */
export const networkGexf = (ctx: ServiceContext): ExportedFile => {
  const day = isoDay(ctx.now());
  return { fileName: `kenes-network-${day}.gexf`, base64: utf8(writeGexf(loadOpenGraph(ctx), day)) };
};
