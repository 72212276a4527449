import { z } from 'zod';
import { call } from './contract';
import type { ExportedFile } from './exports';

/**
 * The workspace and the network in open formats, for people who work with the data
 * outside Kenes: the whole workspace as JSON (schema in resources/schema), and the
 * network as GraphML and GEXF for Gephi, yEd and Cytoscape. Read-only: nothing changes.
 */
export const openFormatCalls = {
  /** Every record of the workspace as one JSON document ("format": "kenes-workspace"). */
  workspaceJson: call<ExportedFile>()('openFormats:workspaceJson', z.strictObject({})),
  /** Active organisations and links as GraphML (yEd, Cytoscape, Gephi). */
  graphml: call<ExportedFile>()('openFormats:graphml', z.strictObject({})),
  /** Active organisations and links as GEXF 1.2 (Gephi). */
  gexf: call<ExportedFile>()('openFormats:gexf', z.strictObject({})),
};
