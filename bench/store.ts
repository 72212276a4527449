/**
 * The store through the service layer, against raw SQLite.
 *
 * 1. 10,000 organisations and 30,000 links inserted through the dispatcher, as the app
 *    does it (contract validation, the service, the change history packed a few thousand
 *    records to a row), and the same rows inserted with raw better-sqlite3 prepared
 *    statements, which write no history, each in a fresh workspace file. Target: the
 *    service within 2× of raw.
 * 2. network:load on a workspace of 2,000 organisations and 5,000 links: the median of
 *    several runs after a warm-up. Target: ≤ 100 ms.
 */
import { randomUUID } from 'node:crypto';
import type { Benchmark, Report } from './harness';
import { formatNumber, median, time } from './harness';
import {
  linkInputs,
  linkSpecs,
  organisationInputs,
  type LinkSpec,
  type OrganisationInput,
} from './fixtures/network';
import { openBenchWorkspace, type BenchWorkspace } from './fixtures/workspace';
import { organisationCalls } from '../src/shared/api/organisations';
import { linkCalls } from '../src/shared/api/links';
import { networkCalls } from '../src/shared/api/workspace';
import { sectorOfType } from '../src/shared/reference';

const BULK = { organisations: 10_000, links: 30_000, rounds: 5 };
const LOAD = { organisations: 2_000, links: 5_000, runs: 15 };
const RATIO_TARGET = 2;
const LOAD_TARGET_MS = 100;

interface Inserted {
  organisationsMs: number;
  linksMs: number;
}

const insertThroughService = (ws: BenchWorkspace, orgs: OrganisationInput[], specs: LinkSpec[]): Inserted => {
  const created = time(() => ws.invoke(organisationCalls.createMany, { items: orgs }));
  const links = linkInputs(specs, created.value.ids);
  const linked = time(() => ws.invoke(linkCalls.createMany, { items: links }));
  return { organisationsMs: created.ms, linksMs: linked.ms };
};

/**
 * The same rows with the same columns, one prepared INSERT per row, one transaction per
 * table. Ids, defaults and the sector are filled in here too: that much any writer does.
 * With `history`, the records also get the change_history rows the service writes (packs
 * of the records as JSON, 5,000 to a row), after the records as the service does, which
 * shows how much of the service's time is that extra write.
 */
const insertRaw = (
  ws: BenchWorkspace,
  orgs: OrganisationInput[],
  specs: LinkSpec[],
  history: boolean,
): Inserted => {
  const sqlite = ws.workspace.sqlite;
  const insertOrganisation = sqlite.prepare(`INSERT INTO organisations
    (id, name_kk, name_ru, short_name, type_code, sector, level, district, legal_form, address, head_name, phone,
     email, website, membership, cluster_role, group_id, is_council_hub, notes, archived_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertLink = sqlite.prepare(`INSERT INTO organisation_links
    (id, source_id, target_id, kind, direction, contact, systematicity, term, participation, object, sphere, label,
     agreement_id, notes, archived_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPack = sqlite.prepare(`INSERT INTO change_history
    (id, batch_id, entity, action, pack, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)`);

  const recordChanges = (entity: string, rows: { id: string }[], at: string): void => {
    if (!history) return;
    const batchId = randomUUID();
    for (let i = 0; i < rows.length; i += 5_000) {
      const pack = JSON.stringify(rows.slice(i, i + 5_000).map((row) => [row.id, null, row]));
      insertPack.run(randomUUID(), batchId, entity, 'create', pack, at, '');
    }
  };

  const ids: string[] = [];
  const organisationsMs = time(() =>
    sqlite.transaction(() => {
      const at = new Date().toISOString();
      const rows = [];
      for (const o of orgs) {
        const row = {
          id: randomUUID(),
          nameKk: o.nameKk,
          nameRu: o.nameRu ?? '',
          shortName: o.shortName ?? '',
          typeCode: o.typeCode,
          sector: o.sector ?? sectorOfType(o.typeCode),
          level: o.level,
          district: o.district ?? '',
          legalForm: o.legalForm ?? '',
          address: o.address ?? '',
          headName: o.headName ?? '',
          phone: o.phone ?? '',
          email: o.email ?? '',
          website: o.website ?? '',
          membership: o.membership ?? 'partner',
          clusterRole: o.clusterRole ?? 'participant',
          groupId: o.groupId ?? null,
          isCouncilHub: false,
          notes: o.notes ?? '',
          archivedAt: null,
          createdAt: at,
          updatedAt: at,
        };
        ids.push(row.id);
        rows.push(row);
        insertOrganisation.run(
          row.id,
          row.nameKk,
          row.nameRu,
          row.shortName,
          row.typeCode,
          row.sector,
          row.level,
          row.district,
          row.legalForm,
          row.address,
          row.headName,
          row.phone,
          row.email,
          row.website,
          row.membership,
          row.clusterRole,
          row.groupId,
          0,
          row.notes,
          null,
          at,
          at,
        );
      }
      recordChanges('organisation', rows, at);
    })(),
  ).ms;
  const links = linkInputs(specs, ids);
  const linksMs = time(() =>
    sqlite.transaction(() => {
      const at = new Date().toISOString();
      const rows = [];
      for (const l of links) {
        const row = {
          id: randomUUID(),
          sourceId: l.sourceId,
          targetId: l.targetId,
          kind: l.kind,
          direction: l.direction ?? null,
          contact: l.contact ?? null,
          systematicity: l.systematicity ?? null,
          term: l.term ?? null,
          participation: l.participation ?? null,
          object: l.object ?? null,
          sphere: l.sphere ?? '',
          label: l.label ?? '',
          agreementId: l.agreementId ?? null,
          notes: l.notes ?? '',
          createdAt: at,
          updatedAt: at,
        };
        insertLink.run(
          row.id,
          row.sourceId,
          row.targetId,
          row.kind,
          row.direction,
          row.contact,
          row.systematicity,
          row.term,
          row.participation,
          row.object,
          row.sphere,
          row.label,
          row.agreementId,
          row.notes,
          null,
          at,
          at,
        );
        rows.push(row);
      }
      recordChanges('link', rows, at);
    })(),
  ).ms;
  return { organisationsMs, linksMs };
};

/** Both writers once on small workspaces, so neither pays for the other's JIT warm-up. */
const warmUp = (): void => {
  const orgs = organisationInputs(500, 99);
  const specs = linkSpecs(1_500, orgs.length, 98);
  const writers = [
    (ws: BenchWorkspace) => insertThroughService(ws, orgs, specs),
    (ws: BenchWorkspace) => insertRaw(ws, orgs, specs, true),
  ];
  for (const write of writers) {
    const ws = openBenchWorkspace('warmup');
    try {
      write(ws);
    } finally {
      ws.close();
    }
  }
};

/** Each writer in fresh workspaces, several rounds; the median of each figure is reported. */
const bulkInsert = (report: Report): void => {
  const orgs = organisationInputs(BULK.organisations);
  const specs = linkSpecs(BULK.links, orgs.length);
  warmUp();

  const results = {
    service: [] as Inserted[],
    raw: [] as Inserted[],
    rawHistory: [] as Inserted[],
    loadMs: [] as number[],
  };
  let loadedRows = 0;
  let jsonMs = 0;
  let jsonBytes = 0;
  const writers: ((ws: BenchWorkspace) => void)[] = [
    (ws) => {
      results.service.push(insertThroughService(ws, orgs, specs));
      const loaded = time(() => ws.invoke(networkCalls.load, {}));
      results.loadMs.push(loaded.ms);
      loadedRows = loaded.value.organisations.length + loaded.value.links.length + loaded.value.groups.length;
      const json = time(() => JSON.stringify(loaded.value));
      jsonMs = json.ms;
      jsonBytes = json.value.length;
    },
    (ws) => results.raw.push(insertRaw(ws, orgs, specs, false)),
    (ws) => results.rawHistory.push(insertRaw(ws, orgs, specs, true)),
  ];
  for (let round = 0; round < BULK.rounds; round++) {
    // Each round starts with a different writer, so none always runs first or last.
    for (let i = 0; i < writers.length; i++) {
      const ws = openBenchWorkspace('bulk');
      try {
        writers[(round + i) % writers.length]?.(ws);
      } finally {
        ws.close();
      }
    }
  }
  const typical = (runs: Inserted[]): Inserted => ({
    organisationsMs: median(runs.map((r) => r.organisationsMs)),
    linksMs: median(runs.map((r) => r.linksMs)),
  });
  const service = typical(results.service);
  const raw = typical(results.raw);
  const rawHistory = typical(results.rawHistory);

  report.section(
    `Insert ${formatNumber(BULK.organisations)} organisations and ${formatNumber(BULK.links)} links (median of ${BULK.rounds} rounds, fresh workspaces)`,
  );
  report.timing('service  organisations:createMany', service.organisationsMs, orgs.length);
  report.timing('service  links:createMany', service.linksMs, specs.length);
  report.timing('raw      organisations (prepared, 1 tx)', raw.organisationsMs, orgs.length);
  report.timing('raw      links (prepared, 1 tx)', raw.linksMs, specs.length);
  report.timing('raw + history rows, organisations', rawHistory.organisationsMs, orgs.length);
  report.timing('raw + history rows, links', rawHistory.linksMs, specs.length);
  report.note('The service validates with the contract and writes the change history, the records as');
  report.note('JSON packed 5,000 to a row; "raw" writes the records only, "raw + history rows" both,');
  report.note('with no validation.');

  const total = (r: Inserted): number => r.organisationsMs + r.linksMs;
  report.figure('ratio service/raw, organisations', service.organisationsMs / raw.organisationsMs, '×');
  report.figure('ratio service/raw, links', service.linksMs / raw.linksMs, '×');
  report.figure('ratio (raw + history rows)/raw, both tables', total(rawHistory) / total(raw), '×');
  report.figure('ratio service/(raw + history rows), both tables', total(service) / total(rawHistory), '×');
  report.target({
    label: 'insert, service/raw (both tables)',
    actual: total(service) / total(raw),
    atMost: RATIO_TARGET,
    unit: '×',
  });

  report.section('Load the whole network back (network:load)');
  report.timing(
    `network:load, ${formatNumber(BULK.organisations)} + ${formatNumber(BULK.links)} (median)`,
    median(results.loadMs),
    loadedRows,
  );
  report.timing(`  + JSON for the HTTP transport (${(jsonBytes / 1e6).toFixed(1)} MB)`, jsonMs);
};

const networkLoad = (report: Report): void => {
  report.section(
    `network:load on ${formatNumber(LOAD.organisations)} organisations and ${formatNumber(LOAD.links)} links`,
  );
  const ws = openBenchWorkspace('load');
  try {
    const orgs = organisationInputs(LOAD.organisations, 3);
    const { ids } = ws.invoke(organisationCalls.createMany, { items: orgs });
    ws.invoke(linkCalls.createMany, { items: linkInputs(linkSpecs(LOAD.links, orgs.length, 4), ids) });

    ws.invoke(networkCalls.load, {});
    const runs = Array.from({ length: LOAD.runs }, () => time(() => ws.invoke(networkCalls.load, {})).ms);
    report.note(
      `${LOAD.runs} runs after one warm-up: min ${Math.min(...runs).toFixed(1)} ms, max ${Math.max(...runs).toFixed(1)} ms`,
    );
    const typical = median(runs);
    report.timing('network:load, median', typical, LOAD.organisations + LOAD.links);
    report.target({
      label: 'network:load 2,000 + 5,000, median',
      actual: typical,
      atMost: LOAD_TARGET_MS,
      unit: 'ms',
    });
  } finally {
    ws.close();
  }
};

const benchmark: Benchmark = {
  name: 'store',
  description: 'service layer vs raw SQLite inserts; network:load',
  run: (report) => {
    bulkInsert(report);
    networkLoad(report);
  },
};

export default benchmark;
