import type { NetworkSnapshot } from '../../../../shared/model';
import { foldForSearch } from '../../../../shared/text/fold';
import { nodeColour, type ColourBy } from './palette';
import { neighbourhood, parallelEdgeOffsets } from './graph/analysis';

/**
 * What the canvas shows, computed from the store's network and the view's settings.
 * Pure: the same snapshot and settings always give the same picture, which is what
 * lets undo, saved views and export agree with the screen.
 */

export type SnapshotOrganisation = NetworkSnapshot['organisations'][number];
export type SnapshotLink = NetworkSnapshot['links'][number];
export type SnapshotGroup = NetworkSnapshot['groups'][number];
export type SnapshotAgreement = NetworkSnapshot['agreements'][number];

/** The pseudo link kind of a line drawn for an agreement between two of its parties. */
export const AGREEMENT_KIND = 'agreement';

export interface SceneFilters {
  typeCodes?: string[];
  sectors?: string[];
  levels?: string[];
  districts?: string[];
  groupIds?: string[];
  moduleIds?: string[];
  linkKinds?: string[];
  focus?: { organisationId: string; steps: number } | null;
}

export interface SceneSettings {
  filters: SceneFilters;
  expandedGroupIds: ReadonlySet<string>;
  colourBy: ColourBy;
  search: string;
}

export type SceneNodeKind = 'hub' | 'organisation' | 'group';

export interface SceneNode {
  id: string;
  kind: SceneNodeKind;
  /** The short name (or the name when there is none); a group's reads "ПМПК – 4". */
  label: string;
  /** The district for organisations, the full block name for groups. */
  sublabel: string;
  colour: string;
  sector: string;
  typeCode: string;
  /** The module the node is coloured by (its lead module, else the first it is in); null for none. */
  moduleId: string | null;
  /** Organisations a group box stands for (just the one for an organisation). */
  memberIds: string[];
  /** Only for groups: the number shown in the box. */
  count?: number;
  /** An organisation without a single active link. */
  isolated: boolean;
  /** Matches the search box. */
  match: boolean;
  organisation?: SnapshotOrganisation;
  group?: SnapshotGroup;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  /** A link kind code, or 'mixed' when a line between blocks folds several kinds. */
  kind: string;
  linkIds: string[];
  /** Offset that fans parallel links apart; 0 for a single one. */
  curvature: number;
  /** The agreement every link of the line stands on, if they share one: it sets the colour. */
  agreement?: SnapshotAgreement;
}

/** An expanded block: drawn as a titled frame around its visible members. */
export interface SceneFrame {
  groupId: string;
  label: string;
  /** 0 for a top block, 1 for a sub-block inside it… */
  depth: number;
  memberNodeIds: string[];
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  frames: SceneFrame[];
  /** Organisations the filters hide. */
  hiddenCount: number;
}

const has = (list: readonly string[] | undefined, value: string): boolean =>
  !list || list.length === 0 || list.includes(value);

/** Group id → the chain of its ancestors from the top block down to itself. */
export const groupChains = (groups: readonly SnapshotGroup[]): Map<string, SnapshotGroup[]> => {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const chains = new Map<string, SnapshotGroup[]>();
  const chainOf = (g: SnapshotGroup, guard = 0): SnapshotGroup[] => {
    const known = chains.get(g.id);
    if (known) return known;
    const parent = g.parentId ? byId.get(g.parentId) : undefined;
    // The guard stops a cycle a damaged file might contain from hanging the window.
    const chain = parent && guard < 32 ? [...chainOf(parent, guard + 1), g] : [g];
    chains.set(g.id, chain);
    return chain;
  };
  for (const g of groups) chainOf(g);
  return chains;
};

/** Every group id under the given ones, themselves included. */
export const withDescendants = (groups: readonly SnapshotGroup[], ids: readonly string[]): Set<string> => {
  const result = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of groups)
      if (g.parentId && result.has(g.parentId) && !result.has(g.id)) {
        result.add(g.id);
        grew = true;
      }
  }
  return result;
};

/** Organisation → the module it is drawn with: its lead module, else the first it takes part in. */
export const leadModuleOf = (assignments: NetworkSnapshot['assignments']): Map<string, string> => {
  const moduleOf = new Map<string, string>();
  for (const a of assignments)
    if (a.role === 'lead' || !moduleOf.has(a.organisationId)) moduleOf.set(a.organisationId, a.moduleId);
  return moduleOf;
};

const organisationLabel = (o: SnapshotOrganisation, lang: string): string =>
  o.shortName || (lang === 'ru' && o.nameRu ? o.nameRu : o.nameKk);

const groupBase = (g: SnapshotGroup, lang: string): string =>
  g.shortName || (lang === 'ru' && g.nameRu ? g.nameRu : g.nameKk);

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * An agreement appears as links between its parties: every pair of parties of a
 * multi-party agreement is joined. A pair already joined by a recorded link that names
 * the agreement gets no second line; that link carries the agreement's colour instead.
 */
export const agreementLinks = (snapshot: NetworkSnapshot): SnapshotLink[] => {
  const recorded = new Set(
    snapshot.links.flatMap((l) =>
      l.agreementId ? [`${l.agreementId}|${pairKey(l.sourceId, l.targetId)}`] : [],
    ),
  );
  const links: SnapshotLink[] = [];
  for (const a of snapshot.agreements)
    for (const [i, source] of a.partyIds.entries())
      for (const target of a.partyIds.slice(i + 1)) {
        if (recorded.has(`${a.id}|${pairKey(source, target)}`)) continue;
        links.push({
          id: `agreement:${a.id}:${source}:${target}`,
          sourceId: source,
          targetId: target,
          kind: AGREEMENT_KIND,
          direction: null,
          label: a.title,
          agreementId: a.id,
        });
      }
  return links;
};

/** The agreement all the links share, or undefined when they have none or several. */
const sharedAgreement = (
  links: readonly SnapshotLink[],
  byId: ReadonlyMap<string, SnapshotAgreement>,
): SnapshotAgreement | undefined => {
  const ids = new Set(links.map((l) => l.agreementId));
  const [only] = ids;
  return ids.size === 1 && only ? byId.get(only) : undefined;
};

export const buildScene = (snapshot: NetworkSnapshot, settings: SceneSettings, lang: string): Scene => {
  const { filters, expandedGroupIds, colourBy } = settings;
  const chains = groupChains(snapshot.groups);
  const groupFilter = filters.groupIds?.length ? withDescendants(snapshot.groups, filters.groupIds) : null;
  const moduleOf = leadModuleOf(snapshot.assignments);
  const colourOf = (o: SnapshotOrganisation) => nodeColour(colourBy, { ...o, moduleId: moduleOf.get(o.id) });
  const modulesOf = new Map<string, Set<string>>();
  for (const a of snapshot.assignments)
    modulesOf.set(a.organisationId, (modulesOf.get(a.organisationId) ?? new Set()).add(a.moduleId));

  const kindAllowed = (kind: string) => has(filters.linkKinds, kind);
  const agreementById = new Map(snapshot.agreements.map((a) => [a.id, a]));
  const allLinks = [...snapshot.links, ...agreementLinks(snapshot)];
  const links = allLinks.filter((l) => kindAllowed(l.kind));
  const focus = filters.focus
    ? neighbourhood(
        {
          nodes: snapshot.organisations.map((o) => o.id),
          edges: links.map((l) => ({ source: l.sourceId, target: l.targetId })),
        },
        filters.focus.organisationId,
        filters.focus.steps,
      )
    : null;
  const degree = new Map<string, number>();
  for (const l of allLinks) {
    degree.set(l.sourceId, (degree.get(l.sourceId) ?? 0) + 1);
    degree.set(l.targetId, (degree.get(l.targetId) ?? 0) + 1);
  }

  const passes = (o: SnapshotOrganisation): boolean => {
    if (focus) return focus.has(o.id);
    if (o.isCouncilHub) return true;
    return (
      has(filters.typeCodes, o.typeCode) &&
      has(filters.sectors, o.sector) &&
      has(filters.levels, o.level) &&
      has(filters.districts, o.district) &&
      (!groupFilter || (o.groupId !== null && groupFilter.has(o.groupId))) &&
      (!filters.moduleIds?.length || filters.moduleIds.some((m) => modulesOf.get(o.id)?.has(m)))
    );
  };

  const needle = foldForSearch(settings.search.trim());
  const matches = (...texts: string[]): boolean =>
    needle !== '' && texts.some((t) => t !== '' && foldForSearch(t).includes(needle));

  const visibleOrgs = snapshot.organisations.filter(passes);
  /** organisation id → id of the node that stands for it. */
  const representative = new Map<string, string>();
  const nodes: SceneNode[] = [];
  const groupNodes = new Map<string, SceneNode>();
  const frames = new Map<string, SceneFrame>();

  for (const o of visibleOrgs) {
    const chain = o.groupId ? (chains.get(o.groupId) ?? []) : [];
    const collapsed = o.isCouncilHub ? undefined : chain.find((g) => !expandedGroupIds.has(g.id));
    if (collapsed) {
      representative.set(o.id, collapsed.id);
      let box = groupNodes.get(collapsed.id);
      if (!box) {
        box = {
          id: collapsed.id,
          kind: 'group',
          label: '',
          sublabel: lang === 'ru' && collapsed.nameRu ? collapsed.nameRu : collapsed.nameKk,
          colour: colourOf(o),
          sector: o.sector,
          typeCode: o.typeCode,
          moduleId: moduleOf.get(o.id) ?? null,
          memberIds: [],
          isolated: false,
          match: false,
          group: collapsed,
        };
        groupNodes.set(collapsed.id, box);
        nodes.push(box);
      }
      box.memberIds.push(o.id);
      box.match ||= matches(
        o.nameKk,
        o.nameRu,
        o.shortName,
        collapsed.nameKk,
        collapsed.nameRu,
        collapsed.shortName,
      );
    } else {
      representative.set(o.id, o.id);
      nodes.push({
        id: o.id,
        kind: o.isCouncilHub ? 'hub' : 'organisation',
        label: organisationLabel(o, lang),
        sublabel: o.district,
        colour: colourOf(o),
        sector: o.sector,
        typeCode: o.typeCode,
        moduleId: moduleOf.get(o.id) ?? null,
        memberIds: [o.id],
        isolated: !o.isCouncilHub && (degree.get(o.id) ?? 0) === 0,
        match: matches(o.nameKk, o.nameRu, o.shortName),
        organisation: o,
      });
    }
    // Every expanded block on the way down frames this organisation's node.
    for (const [depth, g] of chain.entries()) {
      if (!expandedGroupIds.has(g.id)) break;
      let frame = frames.get(g.id);
      if (!frame) {
        frame = {
          groupId: g.id,
          label: lang === 'ru' && g.nameRu ? g.nameRu : g.nameKk,
          depth,
          memberNodeIds: [],
        };
        frames.set(g.id, frame);
      }
      const nodeId = representative.get(o.id) ?? o.id;
      if (!frame.memberNodeIds.includes(nodeId)) frame.memberNodeIds.push(nodeId);
    }
  }
  for (const box of groupNodes.values()) {
    box.count = box.memberIds.length;
    box.label = `${box.group ? groupBase(box.group, lang) : ''} – ${box.count}`;
  }

  // Links between two organisations stay separate (fanned out); links that end in a
  // block box are folded into one line per pair of nodes, so 19 links to the 19 district
  // bodies read as one line to "А(Қ)ББ – 19".
  const byPair = new Map<string, SnapshotLink[]>();
  for (const l of links) {
    const s = representative.get(l.sourceId);
    const t = representative.get(l.targetId);
    if (!s || !t || s === t) continue;
    const key = pairKey(s, t);
    byPair.set(key, [...(byPair.get(key) ?? []), l]);
  }
  const edges: SceneEdge[] = [];
  for (const pair of byPair.values()) {
    const first = pair[0];
    if (!first) continue;
    const s = representative.get(first.sourceId) ?? first.sourceId;
    const t = representative.get(first.targetId) ?? first.targetId;
    if (groupNodes.has(s) || groupNodes.has(t)) {
      const kinds = new Set(pair.map((l) => l.kind));
      edges.push({
        id: `agg:${pairKey(s, t)}`,
        source: s,
        target: t,
        kind: kinds.size === 1 ? first.kind : 'mixed',
        linkIds: pair.map((l) => l.id),
        curvature: 0,
        agreement: sharedAgreement(pair, agreementById),
      });
    } else {
      const offsets = parallelEdgeOffsets(
        pair.map((l) => ({ id: l.id, source: l.sourceId, target: l.targetId })),
      );
      for (const l of pair)
        edges.push({
          id: l.id,
          source: l.sourceId,
          target: l.targetId,
          kind: l.kind,
          linkIds: [l.id],
          curvature: offsets.get(l.id) ?? 0,
          agreement: l.agreementId ? agreementById.get(l.agreementId) : undefined,
        });
    }
  }

  return {
    nodes,
    edges,
    frames: [...frames.values()],
    hiddenCount: snapshot.organisations.length - visibleOrgs.length,
  };
};
