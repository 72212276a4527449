/** Settings › General: saving the workspace and the network in open formats, in English. */
export const openFormatsEn = {
  title: 'Open formats',
  hint: 'Take the council’s data to other programs. The workspace file holds every record as JSON; its structure is described by the JSON Schema that comes with Kenes. The network files hold the active organisations and links for Gephi, yEd and Cytoscape.',
  workspaceJson: 'Workspace (JSON)',
  graphml: 'Network (GraphML)',
  gexf: 'Network (GEXF)',
  saved: '{{file}} has been saved.',
} as const;
