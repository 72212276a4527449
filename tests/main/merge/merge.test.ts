import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationInput } from '../../helpers/fixtures';
import {
  apply,
  copyOf,
  countsOf,
  kenesFileOf,
  preview,
  regionalWorkspace,
  snapshotCounts,
  upload,
} from './district';
import { openTestWorkspace } from '../../helpers/workspace';
import { moduleCatalogue, EXTERNAL_LINK_KIND } from '../../../src/shared/reference';
import type { TestWorkspace } from '../../helpers/workspace';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const moduleId = (n: number) => moduleCatalogue.find((m) => m.number === n)?.id as string;

const hubOf = (t: TestWorkspace) =>
  t.workspace.sqlite
    .prepare('SELECT id, name_kk AS nameKk FROM organisations WHERE is_council_hub = 1')
    .all() as {
    id: string;
    nameKk: string;
  }[];

const someOrganisation = (t: TestWorkspace, offset = 0) =>
  t.workspace.sqlite
    .prepare(
      'SELECT id, name_kk AS nameKk, name_ru AS nameRu FROM organisations WHERE is_council_hub = 0 ORDER BY name_kk LIMIT 1 OFFSET ?',
    )
    .get(offset) as { id: string; nameKk: string; nameRu: string };

const parentOf = (t: TestWorkspace, groupId: string) =>
  t.workspace.sqlite.prepare('SELECT parent_id FROM organisation_groups WHERE id = ?').pluck().get(groupId);

/** The district adds what a district secretary adds: a school and its head, a link, an agreement with a signed scan. */
const districtAdds = (d: TestWorkspace) => {
  const hub = hubOf(d)[0] as { id: string };
  const partner = someOrganisation(d);
  const school = d.api.organisations.create(
    organisationInput({
      nameKk: 'Бурабай ауданының №2 мектебі',
      nameRu: 'Школа №2 Бурабайского района',
      district: 'Бурабай',
    }),
  );
  const head = d.api.people.create({
    fullName: 'Жұмабаева Гүлнар Серікқызы',
    organisationId: school.id,
    position: 'Директор',
    councilRole: 'member',
  });
  const link = d.api.links.create({ sourceId: hub.id, targetId: school.id, kind: EXTERNAL_LINK_KIND });
  const agreement = d.api.agreements.create({
    number: 'Б-7',
    title: 'Инклюзивті білім беру туралы ынтымақтастық келісімі',
    kind: 'cooperation',
    signedOn: '2025-03-12',
    validFrom: '2025-03-12',
    validTo: '2026-03-11',
    parties: [
      { organisationId: school.id, role: 'Мектеп', signatoryPersonId: head.id },
      { organisationId: partner.id, role: 'Серіктес' },
    ],
    obligations: [{ organisationId: school.id, description: 'Инклюзивті сынып ашу', dueOn: '2025-09-01' }],
    moduleIds: [moduleId(1)],
  });
  const scan = d.api.attachments.add({
    ownerType: 'agreement',
    ownerId: agreement.id,
    fileName: 'Келісім Б-7.pdf',
    base64: PDF.toString('base64'),
  });
  return { school, head, link, agreement, scan };
};

describe('merging a district council’s workspace file', () => {
  it('brings in new organisations, people, links, agreements and their scans with their own ids', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    const added = districtAdds(d);
    const id = upload(t, kenesFileOf(d));

    const p = preview(t, id);
    expect(p.sameCouncil).toBe(true);
    expect(p.councilName).toBe(d.api.council.get({})?.nameKk);
    expect(p.conflicts).toEqual([]);
    expect(countsOf(p, 'organisation')).toMatchObject({ new: 1, changed: 0 });
    expect(countsOf(p, 'organisation')?.same).toBeGreaterThan(100);
    expect(countsOf(p, 'person')).toMatchObject({ new: 1, changed: 0 });
    expect(countsOf(p, 'link')).toMatchObject({ new: 1 });
    expect(countsOf(p, 'agreement')).toMatchObject({ new: 1 });
    expect(countsOf(p, 'agreement_party')).toMatchObject({ new: 2 });
    expect(countsOf(p, 'agreement_obligation')).toMatchObject({ new: 1 });
    expect(countsOf(p, 'agreement_module')).toMatchObject({ new: 1 });
    expect(countsOf(p, 'attachment')).toMatchObject({ new: 1 });
    // The copy carries this council's own hub: it is not the district's to change.
    expect(p.leftOut).toContainEqual({ kind: 'councilHub', count: 1 });

    const report = apply(t, id);
    expect(report.addedTotal).toBe(9);
    expect(report.replaced).toBe(0);
    expect(report.attachmentFiles).toBe(1);

    expect(t.api.organisations.get({ id: added.school.id }).organisation.nameKk).toBe(
      'Бурабай ауданының №2 мектебі',
    );
    const person = t.api.people.get({ id: added.head.id });
    expect(person.fullName).toBe('Жұмабаева Гүлнар Серікқызы');
    // Membership of the district council is not membership of the regional one.
    expect(person.councilRole).toBeNull();
    expect(t.api.links.list({ organisationId: added.school.id }).items.map((l) => l.id)).toEqual([
      added.link.id,
    ]);
    const agreement = t.api.agreements.get({ id: added.agreement.id });
    expect(agreement.parties.map((x) => x.organisationId).sort()).toEqual(
      added.agreement.parties.map((x) => x.organisationId).sort(),
    );
    expect(agreement.obligations).toHaveLength(1);
    expect(agreement.moduleIds).toEqual([moduleId(1)]);
    const file = t.api.attachments.read({ id: added.scan.id });
    expect(Buffer.from(file.base64, 'base64')).toEqual(PDF);
    expect(file.fileName).toBe('Келісім Б-7.pdf');
    // The upload is thrown away once merged.
    expect(t.fail('merge:preview', { uploadId: id }).code).toBe('not_found');
  });

  it('shows an organisation changed on both sides as one conflict with exactly the differing fields', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    const org = someOrganisation(t);
    const other = someOrganisation(t, 1);
    t.api.organisations.update({ id: org.id, patch: { phone: '+7 716 225 11 11' } });
    d.api.organisations.update({
      id: org.id,
      patch: { phone: '+7 716 225 22 22', address: 'Щучинск қ., Абылай хан к-сі, 5' },
    });
    d.api.organisations.update({ id: other.id, patch: { headName: 'Әбенова Сәуле' } });
    const id = upload(t, kenesFileOf(d));

    const p = preview(t, id);
    expect(p.conflicts).toHaveLength(2);
    const conflict = p.conflicts.find((c) => c.id === org.id);
    expect(conflict).toMatchObject({
      key: `organisation:${org.id}`,
      kind: 'organisation',
      label: org.nameKk,
      labelRu: org.nameRu || org.nameKk,
    });
    expect(conflict?.fields).toEqual([
      { field: 'address', local: '', theirs: 'Щучинск қ., Абылай хан к-сі, 5' },
      { field: 'phone', local: '+7 716 225 11 11', theirs: '+7 716 225 22 22' },
    ]);
    expect(countsOf(p, 'organisation')).toMatchObject({ new: 0, changed: 2 });
    // Which side moved is said (never acted on): ours was edited too, the other only in the district.
    expect(conflict?.changedOnlyIn).toBeNull();
    expect(p.conflicts.find((c) => c.id === other.id)?.changedOnlyIn).toBe('district');

    const report = apply(t, id, {
      [`organisation:${org.id}`]: 'theirs',
      [`organisation:${other.id}`]: 'local',
    });
    expect(report).toMatchObject({ replaced: 1, kept: 1, addedTotal: 0 });
    const replaced = t.api.organisations.get({ id: org.id }).organisation;
    expect(replaced).toMatchObject({ phone: '+7 716 225 22 22', address: 'Щучинск қ., Абылай хан к-сі, 5' });
    expect(t.api.organisations.get({ id: other.id }).organisation.headName).not.toBe('Әбенова Сәуле');
  });

  it('keeps our newer version without asking when the district only holds the version it was copied with', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    const edited = someOrganisation(t, 3);
    const archived = someOrganisation(t, 4);
    // After the copy went to the district, the regional secretary went on working.
    t.api.organisations.update({ id: edited.id, patch: { phone: '+7 716 225 33 33' } });
    t.api.organisations.archive({ id: archived.id });
    const school = d.api.organisations.create(organisationInput({ nameKk: 'Бурабай ауданының №3 мектебі' }));
    const id = upload(t, kenesFileOf(d));

    const p = preview(t, id);
    expect(p.conflicts).toEqual([]);
    expect(countsOf(p, 'organisation')).toMatchObject({ new: 1, changed: 0 });
    expect(apply(t, id)).toMatchObject({ addedTotal: 1, replaced: 0 });
    expect(t.api.organisations.get({ id: edited.id }).organisation.phone).toBe('+7 716 225 33 33');
    expect(t.api.organisations.get({ id: archived.id }).organisation.archivedAt).not.toBeNull();
    expect(t.api.organisations.get({ id: school.id }).organisation.nameKk).toBe(
      'Бурабай ауданының №3 мектебі',
    );
  });

  it('treats archived against active as a difference to choose on', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    const org = someOrganisation(t, 2);
    d.api.organisations.archive({ id: org.id });
    const id = upload(t, kenesFileOf(d));
    const p = preview(t, id);
    expect(p.conflicts.map((c) => c.fields.map((f) => f.field))).toEqual([['archivedAt']]);
    apply(t, id, { [`organisation:${org.id}`]: 'theirs' });
    expect(t.api.organisations.get({ id: org.id }).organisation.archivedAt).not.toBeNull();
  });

  it('refuses to merge until every conflict has a choice, and writes nothing', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    const a = someOrganisation(t);
    const b = someOrganisation(t, 1);
    t.api.organisations.update({ id: a.id, patch: { phone: '111' } });
    d.api.organisations.update({ id: a.id, patch: { phone: '222' } });
    d.api.organisations.update({ id: b.id, patch: { phone: '333' } });
    districtAdds(d);
    const id = upload(t, kenesFileOf(d));
    const before = snapshotCounts(t);
    const backupsBefore = t.api.workspace.backups({}).length;

    const error = t.fail('merge:apply', { uploadId: id, choices: { [`organisation:${a.id}`]: 'theirs' } });
    expect(error.messageKey).toBe('conflict.mergeChoicesMissing');
    expect(error.message).toContain('қай нұсқа қалатынын таңдаңыз');
    expect(snapshotCounts(t)).toEqual(before);
    expect(t.api.workspace.backups({}).length).toBe(backupsBefore);
    expect(t.api.organisations.get({ id: a.id }).organisation.phone).toBe('111');
    // The upload stays, so the secretary can choose and merge again.
    expect(preview(t, id).conflicts).toHaveLength(2);
  });

  it('takes a backup first, and one Undo takes the whole merge back', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    const org = someOrganisation(t);
    d.api.organisations.update({ id: org.id, patch: { email: 'district@example.kz' } });
    const added = districtAdds(d);
    const before = snapshotCounts(t);
    const id = upload(t, kenesFileOf(d));

    const report = apply(t, id, { [`organisation:${org.id}`]: 'theirs' });
    expect(report.backup.kind).toBe('pre-merge');
    expect(t.api.workspace.backups({}).map((b) => b.fileName)).toContain(report.backup.fileName);
    expect(fs.existsSync(path.join(t.dir, 'backups', report.backup.fileName))).toBe(true);
    expect(t.count('organisations')).toBe((before.organisations ?? 0) + 1);

    const undone = t.api.history.undo({});
    expect(undone.count).toBe(report.addedTotal + 1);
    const after = snapshotCounts(t);
    // Everything is as before the merge, but for the history that records the merge and its undo.
    expect({ ...after, change_history: 0 }).toEqual({ ...before, change_history: 0 });
    expect(t.api.organisations.get({ id: org.id }).organisation.email).toBe('');
    expect(t.fail('organisations:get', { id: added.school.id }).code).toBe('not_found');
    expect(t.api.history.undoState({}).redo?.count).toBe(report.addedTotal + 1);
  });

  it('brings a district council’s own hub in as an ordinary partner, never a second hub', () => {
    const t = regionalWorkspace();
    const d = openTestWorkspace();
    d.api.workspace.initialise({
      template: 'empty',
      councilName: 'Бурабай ауданының инклюзивті білім беру кеңесі',
    });
    d.api.organisations.create(
      organisationInput({ nameKk: 'Бурабай ауданының ПМПК', typeCode: 'SPED.PMPK' }),
    );
    const districtHub = hubOf(d)[0] as { id: string };
    const regionalHub = hubOf(t);
    const id = upload(t, kenesFileOf(d));

    const p = preview(t, id);
    expect(p.sameCouncil).toBe(false);
    expect(p.councilName).toBe('Бурабай ауданының инклюзивті білім беру кеңесі');
    expect(countsOf(p, 'organisation')).toMatchObject({ new: 2, same: 0, changed: 0 });
    expect(p.leftOut.map((l) => l.kind)).not.toContain('councilHub');
    apply(t, id);

    expect(hubOf(t)).toEqual(regionalHub);
    const hub = t.api.organisations.get({ id: districtHub.id }).organisation;
    expect(hub).toMatchObject({
      nameKk: 'Бурабай ауданының инклюзивті білім беру кеңесі',
      isCouncilHub: false,
    });
  });

  it('leaves the district’s sittings, views, settings and module assignments out, and says so', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    d.api.sessions.create({ date: '2025-03-20', time: '10:00', place: 'Щучинск қ.' });
    d.api.modules.assign({ moduleId: moduleId(2), organisationId: someOrganisation(d).id, role: 'lead' });
    districtAdds(d);
    const id = upload(t, kenesFileOf(d));
    const p = preview(t, id);
    const leftOut = Object.fromEntries(p.leftOut.map((l) => [l.kind, l.count]));
    expect(leftOut).toMatchObject({ councilProfile: 1, sessions: 1, moduleAssignments: 1, networkViews: 1 });
    expect(leftOut.history).toBeGreaterThan(0);
    apply(t, id);
    expect(t.count('council_sessions')).toBe(0);
    expect(t.count('module_assignments')).toBe(0);
    expect(t.count('council_profile')).toBe(1);
  });

  it('skips and reports a record that refers to a record neither here nor in the file', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    districtAdds(d);
    const missing = '00000000-0000-4000-8000-000000000000';
    const orphanOrg = 'aaaaaaaa-0000-4000-8000-000000000001';
    const orphanPerson = 'aaaaaaaa-0000-4000-8000-000000000002';
    const at = '2025-03-17T09:00:00.000Z';
    const file = kenesFileOf(d, (sql) => {
      sql
        .prepare(
          `INSERT INTO organisations (id, name_kk, type_code, sector, level, group_id, created_at, updated_at)
           VALUES (?, 'Жоқ топтағы ұйым', 'EDU.SCHOOL', 'EDU', 'organisation', ?, ?, ?)`,
        )
        .run(orphanOrg, missing, at, at);
      // Refers to the organisation above, which is skipped: skipped in turn, never half-inserted.
      sql
        .prepare(
          `INSERT INTO people (id, organisation_id, full_name, created_at, updated_at) VALUES (?, ?, 'Сейітов Марат', ?, ?)`,
        )
        .run(orphanPerson, orphanOrg, at, at);
    });
    const id = upload(t, file);
    const p = preview(t, id);
    expect(p.problems).toEqual([
      {
        kind: 'organisation',
        id: orphanOrg,
        label: 'Жоқ топтағы ұйым',
        reason: 'danglingReference',
        field: 'groupId',
      },
      {
        kind: 'person',
        id: orphanPerson,
        label: 'Сейітов Марат',
        reason: 'danglingReference',
        field: 'organisationId',
      },
    ]);
    expect(countsOf(p, 'organisation')).toMatchObject({ new: 1, skipped: 1 });
    const report = apply(t, id);
    expect(report.skipped).toHaveLength(2);
    expect(report.addedTotal).toBe(9);
    expect(t.fail('organisations:get', { id: orphanOrg }).code).toBe('not_found');
    expect(t.fail('people:get', { id: orphanPerson }).code).toBe('not_found');
    expect(t.workspace.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
  it('refuses choices that would put a group inside itself, and writes nothing', () => {
    const t = regionalWorkspace();
    const sub = t.workspace.sqlite
      .prepare(
        'SELECT id, parent_id AS parentId FROM organisation_groups WHERE parent_id IS NOT NULL LIMIT 1',
      )
      .get() as { id: string; parentId: string };
    const d = copyOf(t);
    // In the district: the sub-block moves to the top, then its former block goes under it.
    d.api.groups.update({ id: sub.id, patch: { parentId: null } });
    d.api.groups.update({ id: sub.parentId, patch: { parentId: sub.id } });
    const id = upload(t, kenesFileOf(d));
    expect(
      preview(t, id)
        .conflicts.map((c) => c.key)
        .sort(),
    ).toEqual([`group:${sub.id}`, `group:${sub.parentId}`].sort());
    const before = snapshotCounts(t);
    const refusal = t.fail('merge:apply', {
      uploadId: id,
      choices: { [`group:${sub.id}`]: 'local', [`group:${sub.parentId}`]: 'theirs' },
    });
    expect(refusal.messageKey).toBe('conflict.groupCycle');
    expect(snapshotCounts(t)).toEqual(before);
    expect(parentOf(t, sub.parentId)).toBeNull();

    const report = apply(t, id, { [`group:${sub.id}`]: 'theirs', [`group:${sub.parentId}`]: 'theirs' });
    expect(report.replaced).toBe(2);
    expect(parentOf(t, sub.parentId)).toBe(sub.id);
  });
});
