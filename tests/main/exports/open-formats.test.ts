import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../src/shared/api/exports';
import { SCHEMA_FILE, workspaceJsonSchema, workspaceTables } from '../../../src/main/exports/open/schema';
import { moduleCatalogue } from '../../../src/shared/reference';
import { fixedClock, openTestWorkspace, REPO_ROOT, type TestWorkspace } from '../../helpers/workspace';
import { KAZAKH_LETTERS, organisationInput } from '../../helpers/fixtures';

/** 22 November 2026, morning in Astana. */
const NOW = '2026-11-22T06:00:00.000Z';
/** A name a careless writer would break the XML with, and Kazakh letters that must come back as typed. */
const HOSTILE = `Ұйым <&"'> ${KAZAKH_LETTERS}`;

const text = (file: ExportedFile): string => Buffer.from(file.base64, 'base64').toString('utf8');

/** The Akmola model, plus what a council adds: an organisation with a hard name, a link, an agreement, an archived partner. */
const akmolaWithWork = () => {
  const t = openTestWorkspace({ clock: fixedClock(NOW) });
  t.api.workspace.initialise({ template: 'akmola' });
  const { organisations } = t.api.network.load({});
  const hub = organisations.find((o) => o.isCouncilHub)!;
  const others = organisations.filter((o) => !o.isCouncilHub);
  const hostile = t.api.organisations.create(
    organisationInput({ nameKk: HOSTILE, nameRu: 'Организация «Тест»', shortName: 'A&B <C>' }),
  );
  const link = t.api.links.create({
    sourceId: hub.id,
    targetId: hostile.id,
    kind: 'joint_actions',
    direction: 'horizontal',
    contact: 'formal',
    systematicity: 'systematic',
    term: 'long',
    label: 'Бірлескен "жоба" & <жоспар>',
  });
  t.api.people.create({ fullName: 'Сәрсенова Әйгерім Қайратқызы', organisationId: hostile.id });
  t.api.agreements.create({
    number: '12',
    title: 'Ынтымақтастық келісімі',
    kind: 'cooperation',
    signedOn: '2026-01-15',
    validFrom: '2026-01-15',
    validTo: '2027-01-14',
    parties: [
      { organisationId: hostile.id, role: 'Бірінші тарап' },
      { organisationId: others[0]!.id, role: 'Екінші тарап' },
    ],
    obligations: [{ organisationId: hostile.id, description: 'Балаларды тексеру', dueOn: '2026-06-01' }],
    moduleIds: [moduleCatalogue[0]!.id],
  });
  // Archived: still in the workspace JSON, not in the network files.
  const archived = others[1]!;
  t.api.organisations.archive({ id: archived.id });
  return { t, hub, hostile, link, archived };
};

const scalar = (t: TestWorkspace, query: string): number =>
  (t.ctx.sqlite.prepare(query).pluck().get() as number) ?? 0;

const activeCounts = (t: TestWorkspace) => ({
  nodes: scalar(t, 'SELECT count(*) FROM organisations WHERE archived_at IS NULL'),
  edges: scalar(
    t,
    `SELECT count(*) FROM organisation_links l
       JOIN organisations s ON s.id = l.source_id AND s.archived_at IS NULL
       JOIN organisations g ON g.id = l.target_id AND g.archived_at IS NULL
      WHERE l.archived_at IS NULL`,
  ),
});

/** A strict parser: any well-formedness error fails the test. */
const parseXml = (xml: string): Document =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');

const elements = (parent: Document | Element, name: string): Element[] =>
  Array.from(parent.getElementsByTagName(name));

describe('openFormats:workspaceJson — the whole workspace as documented JSON', () => {
  it('holds every record of every table, validates against the published JSON Schema, and keeps Kazakh text', () => {
    const { t, hostile, archived } = akmolaWithWork();
    const file = t.api.openFormats.workspaceJson({});
    expect(file.fileName).toBe('kenes-workspace-2026-11-22.json');
    const doc = JSON.parse(text(file)) as Record<string, unknown> &
      Record<keyof typeof workspaceTables, unknown[]>;

    expect(doc.format).toBe('kenes-workspace');
    expect(doc.version).toBe(t.ctx.schemaVersion);
    expect(doc.version).toBeGreaterThan(0);
    expect(doc.exportedAt).toBe(NOW);
    expect((doc.council as { nameKk: string }).nameKk).toBe(t.api.council.get({})!.nameKk);

    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, SCHEMA_FILE), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);

    for (const [key, table] of Object.entries(workspaceTables)) {
      expect(doc[key as keyof typeof workspaceTables], key).toHaveLength(t.count(table));
    }
    // The registry's own numbers, as a user sees them: everything, archived included.
    expect(doc.organisations.length).toBeGreaterThan(20);
    expect(doc.links.length).toBeGreaterThan(5);
    expect(doc.agreements).toHaveLength(1);
    expect(doc.agreementParties).toHaveLength(2);
    expect(doc.interactionModules).toHaveLength(12);

    const written = doc.organisations as { id: string; nameKk: string; archivedAt: string | null }[];
    expect(written.find((o) => o.id === hostile.id)?.nameKk).toBe(HOSTILE);
    expect(written.find((o) => o.id === archived.id)?.archivedAt).toBe(NOW);
    // Network views carry their settings as JSON objects, not strings inside strings.
    for (const view of doc.networkViews as { viewport: unknown }[])
      expect(typeof view.viewport).toBe('object');
  });

  it('is refused by the schema when a table or a required field is missing, or a value is out of its vocabulary', () => {
    const { t } = akmolaWithWork();
    const doc = JSON.parse(text(t.api.openFormats.workspaceJson({}))) as Record<string, unknown>;
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, SCHEMA_FILE), 'utf8')) as object;
    const validate = new Ajv().compile(schema);
    const { organisations, ...withoutOrganisations } = doc;
    expect(validate(withoutOrganisations)).toBe(false);
    const [first, ...rest] = organisations as Record<string, unknown>[];
    expect(validate({ ...doc, organisations: [{ ...first, level: 'galactic' }, ...rest] })).toBe(false);
    expect(validate({ ...doc, format: 'something-else' })).toBe(false);
  });

  it('publishes a JSON Schema file that is the one generated from the format', () => {
    const published = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, SCHEMA_FILE), 'utf8')) as unknown;
    expect(published).toEqual(workspaceJsonSchema());
  });
});

describe('openFormats:graphml and openFormats:gexf — the network for Gephi, yEd and Cytoscape', () => {
  it('writes GraphML that parses back with every active organisation and link, declared keys and escaped names', () => {
    const { t, hostile, link, archived } = akmolaWithWork();
    const file = t.api.openFormats.graphml({});
    expect(file.fileName).toBe('kenes-network-2026-11-22.graphml');
    const xml = text(file);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('Ұйым &lt;&amp;&quot;&apos;&gt;');
    const doc = parseXml(xml);
    const counts = activeCounts(t);

    const keys = elements(doc, 'key');
    const keyByName = new Map(
      keys.map((k) => [`${k.getAttribute('for')}:${k.getAttribute('attr.name')}`, k.getAttribute('id')!]),
    );
    for (const name of [
      'name_kk',
      'name_ru',
      'short_name',
      'type',
      'sector',
      'level',
      'district',
      'membership',
      'cluster_role',
      'group',
    ])
      expect(keyByName.has(`node:${name}`), name).toBe(true);
    for (const name of ['kind', 'direction', 'contact', 'systematicity', 'term', 'label', 'agreement_id'])
      expect(keyByName.has(`edge:${name}`), name).toBe(true);

    const nodes = elements(doc, 'node');
    const edges = elements(doc, 'edge');
    expect(nodes).toHaveLength(counts.nodes);
    expect(edges).toHaveLength(counts.edges);
    expect(counts.nodes).toBeGreaterThan(20);
    expect(nodes.some((n) => n.getAttribute('id') === archived.id)).toBe(false);

    // Every data element points at a declared key; every edge end is a node of the file.
    const declared = new Set(keys.map((k) => k.getAttribute('id')));
    for (const d of elements(doc, 'data')) expect(declared.has(d.getAttribute('key'))).toBe(true);
    const nodeIds = new Set(nodes.map((n) => n.getAttribute('id')));
    for (const e of edges) {
      expect(nodeIds.has(e.getAttribute('source'))).toBe(true);
      expect(nodeIds.has(e.getAttribute('target'))).toBe(true);
    }

    const data = (el: Element, key: string) =>
      elements(el, 'data').find((d) => d.getAttribute('key') === key)?.textContent ?? null;
    const node = nodes.find((n) => n.getAttribute('id') === hostile.id)!;
    expect(data(node, keyByName.get('node:name_kk')!)).toBe(HOSTILE);
    expect(data(node, keyByName.get('node:short_name')!)).toBe('A&B <C>');
    const edge = edges.find((e) => e.getAttribute('id') === link.id)!;
    expect(data(edge, keyByName.get('edge:label')!)).toBe('Бірлескен "жоба" & <жоспар>');
    expect(data(edge, keyByName.get('edge:contact')!)).toBe('formal');
  });

  it('writes GEXF that parses back with declared attributes, the same counts and Kazakh names intact', () => {
    const { t, hostile, link, archived } = akmolaWithWork();
    const file = t.api.openFormats.gexf({});
    expect(file.fileName).toBe('kenes-network-2026-11-22.gexf');
    const doc = parseXml(text(file));
    const counts = activeCounts(t);
    expect(doc.documentElement!.getAttribute('version')).toBe('1.2');

    const declared = (cls: string) =>
      new Set(
        elements(doc, 'attributes')
          .filter((a) => a.getAttribute('class') === cls)
          .flatMap((a) => elements(a, 'attribute').map((x) => x.getAttribute('id'))),
      );
    const nodeKeys = declared('node');
    const edgeKeys = declared('edge');
    expect(nodeKeys.has('name_kk') && nodeKeys.has('cluster_role') && nodeKeys.has('group')).toBe(true);
    expect(edgeKeys.has('systematicity') && edgeKeys.has('agreement_id')).toBe(true);

    const nodes = elements(doc, 'node');
    const edges = elements(doc, 'edge');
    expect(nodes).toHaveLength(counts.nodes);
    expect(edges).toHaveLength(counts.edges);
    expect(nodes.some((n) => n.getAttribute('id') === archived.id)).toBe(false);
    for (const n of nodes)
      for (const v of elements(n, 'attvalue')) expect(nodeKeys.has(v.getAttribute('for'))).toBe(true);
    for (const e of edges)
      for (const v of elements(e, 'attvalue')) expect(edgeKeys.has(v.getAttribute('for'))).toBe(true);

    const value = (el: Element, key: string) =>
      elements(el, 'attvalue')
        .find((v) => v.getAttribute('for') === key)
        ?.getAttribute('value') ?? null;
    const node = nodes.find((n) => n.getAttribute('id') === hostile.id)!;
    expect(node.getAttribute('label')).toBe('A&B <C>');
    expect(value(node, 'name_kk')).toBe(HOSTILE);
    expect(value(node, 'name_ru')).toBe('Организация «Тест»');
    const edge = edges.find((e) => e.getAttribute('id') === link.id)!;
    expect(edge.getAttribute('label')).toBe('Бірлескен "жоба" & <жоспар>');
    expect(value(edge, 'kind')).toBe('joint_actions');
  });

  it('drops characters XML cannot carry instead of writing a file Gephi refuses', () => {
    const { t, hostile } = akmolaWithWork();
    const updated = t.api.organisations.update({ id: hostile.id, patch: { shortName: 'Тест\u0007 ұйым' } });
    // The registry keeps what was typed (pasted from an old document, say); the export must cope.
    expect(updated.shortName).toBe('Тест\u0007 ұйым');
    const graphml = parseXml(text(t.api.openFormats.graphml({})));
    const gexf = parseXml(text(t.api.openFormats.gexf({})));
    expect(
      elements(gexf, 'node')
        .find((n) => n.getAttribute('id') === hostile.id)
        ?.getAttribute('label'),
    ).toBe('Тест ұйым');
    expect(elements(graphml, 'node')).toHaveLength(activeCounts(t).nodes);
  });

  it('refuses unexpected input', () => {
    const { t } = akmolaWithWork();
    expect(t.fail('openFormats:gexf', { everything: true }).code).toBe('validation');
    expect(t.internalErrors).toEqual([]);
  });
});
