import { describe, expect, it } from 'vitest';
import { threeParty, withPartners, type Partners } from '../../helpers/agreements';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';
import { currentAgreementsForNetwork } from '../../../src/main/services/agreements';

/** Every row of a table, straight from SQLite. */
const rows = (p: Partners, table: string): Record<string, unknown>[] =>
  p.workspace.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];

/** The history of the last user action, as (entity, action) pairs. */
const lastBatch = (p: Partners): [string, string][] => {
  const sqlite = p.workspace.sqlite;
  const { batchId } = sqlite
    .prepare('SELECT batch_id AS batchId FROM change_history ORDER BY rowid DESC LIMIT 1')
    .get() as {
    batchId: string;
  };
  return (
    sqlite
      .prepare('SELECT entity, action FROM change_history WHERE batch_id = ? ORDER BY rowid')
      .all(batchId) as { entity: string; action: string }[]
  ).map((r) => [r.entity, r.action]);
};

const reason = (p: Partners, channel: string, input: unknown): string => {
  const error = p.fail(channel, input);
  return `${error.code}:${error.messageKey}`;
};

describe('creating an agreement', () => {
  it('saves a three-party agreement with obligations and modules in one batch of history', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    expect(a).toMatchObject({
      number: '12',
      kind: 'cooperation',
      status: 'active',
      termEnd: '2026-01-14',
      daysToExpiry: 310,
      noticeFrom: '2025-12-15',
      obligationCount: 3,
      overdueObligations: 0,
      supersededById: null,
      attachmentCount: 0,
      moduleIds: [p.module(1), p.module(3)],
      versions: [{ id: a.id, number: '12', versionReason: null }],
    });
    expect(a.parties.map((x) => [x.shortName || x.organisationNameKk, x.role, x.signatoryName])).toEqual([
      ['ПМПК №1', 'Консультация', 'Сәрсенова Әйгерім Қайратқызы'],
      ['Қорғалжын ауданының №3 жалпы білім беретін мектебі', 'Мектеп', 'Оспанов Ерлан Бекұлы'],
      ['Ақмола облысының жоғары педагогикалық колледжі', 'Колледж', null],
    ]);
    expect(a.obligations.map((o) => [o.organisationId, o.description, o.dueOn, o.status, o.overdue])).toEqual(
      [
        [p.pmpk.id, 'Балаларды тексеріп, қорытынды беру', '2025-06-01', 'open', false],
        [p.school.id, 'Инклюзивті сыныптар ашу', '2025-09-01', 'open', false],
        [p.college.id, 'Студенттерді тәжірибеге жіберу', null, 'open', false],
      ],
    );
    expect(lastBatch(p)).toEqual([
      ['agreement', 'create'],
      ['agreement_party', 'create'],
      ['agreement_party', 'create'],
      ['agreement_party', 'create'],
      ['agreement_obligation', 'create'],
      ['agreement_obligation', 'create'],
      ['agreement_obligation', 'create'],
      ['agreement_module', 'create'],
      ['agreement_module', 'create'],
    ]);
    expect(p.api.agreements.get({ id: a.id })).toEqual(a);
    expect(p.internalErrors).toEqual([]);
  });

  it('refuses too few, repeated, archived or unknown parties, and writes nothing', () => {
    const p = withPartners();
    const [first, second] = threeParty(p).parties;
    const only = { ...threeParty(p), parties: [first!], obligations: [] };
    expect(reason(p, 'agreements:create', only)).toBe('conflict:conflict.tooFewParties');
    const twice = { ...threeParty(p), parties: [first!, { ...first!, role: 'екінші рет' }], obligations: [] };
    expect(reason(p, 'agreements:create', twice)).toBe('conflict:conflict.duplicateParty');
    const unknown = { ...threeParty(p), parties: [first!, { organisationId: MISSING_ID }], obligations: [] };
    expect(reason(p, 'agreements:create', unknown)).toBe('not_found:errors.not_found');
    p.api.organisations.archive({ id: p.college.id });
    expect(reason(p, 'agreements:create', threeParty(p))).toBe('conflict:conflict.archivedReference');
    expect(second).toBeDefined();
    for (const table of ['agreements', 'agreement_parties', 'agreement_obligations', 'agreement_modules']) {
      expect(rows(p, table)).toEqual([]);
    }
  });

  it('refuses a signatory from another organisation, and an obligation of a non-party', () => {
    const p = withPartners();
    const input = threeParty(p);
    const wrongSignatory = {
      ...input,
      parties: [{ organisationId: p.pmpk.id, signatoryPersonId: p.schoolHead.id }, ...input.parties.slice(1)],
    };
    expect(reason(p, 'agreements:create', wrongSignatory)).toBe('conflict:conflict.personNotInOrganisation');
    const outsider = p.api.organisations.create(organisationInput({ nameKk: 'Бөгде ұйым' }));
    const stray = {
      ...input,
      obligations: [{ organisationId: outsider.id, description: 'Бір нәрсе жасау' }],
    };
    expect(reason(p, 'agreements:create', stray)).toBe('conflict:conflict.obligationPartyMissing');
    expect(p.count('agreements')).toBe(0);
  });

  it('refuses dates out of order, unknown modules and the stages reached by other means', () => {
    const p = withPartners();
    const backwards = threeParty(p, { validFrom: '2025-06-01', validTo: '2025-05-31' });
    expect(p.fail('agreements:create', backwards)).toMatchObject({
      code: 'validation',
      fields: [expect.objectContaining({ path: 'validTo', messageKey: 'validation.agreementDates' })],
    });
    expect(reason(p, 'agreements:create', threeParty(p, { moduleIds: [MISSING_ID] }))).toBe(
      'not_found:errors.not_found',
    );
    expect(reason(p, 'agreements:create', threeParty(p, { stage: 'amended' }))).toBe(
      'validation:validation.choice',
    );
    expect(p.count('agreements')).toBe(0);
  });

  it('drops the end date of an indefinite agreement', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p, { indefinite: true }));
    expect(a).toMatchObject({ validTo: null, indefinite: true, status: 'active', daysToExpiry: null });
  });
});

describe('updating an agreement', () => {
  it('checks the dates on the record as it will be saved', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const error = p.fail('agreements:update', { id: a.id, patch: { validTo: '2024-12-31' } });
    expect(error).toMatchObject({ code: 'validation', messageKey: 'validation.agreementDates' });
    expect(p.api.agreements.get({ id: a.id }).validTo).toBe('2026-01-14');
  });

  it('replaces the parties: kept by id, removed ones archived with their obligations, new ones created', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const [pmpkParty, schoolParty, collegeParty] = a.parties;
    const ngo = p.api.organisations.create(
      organisationInput({ nameKk: '«Мейірім» қоғамдық бірлестігі', typeCode: 'CULT.ORG' }),
    );
    p.clock.advance(60_000);
    const updated = p.api.agreements.update({
      id: a.id,
      patch: {
        title: 'Жаңартылған келісім',
        parties: [
          { id: schoolParty!.id, organisationId: p.school.id, role: 'Негізгі мектеп' },
          { id: pmpkParty!.id, organisationId: p.pmpk.id },
          { organisationId: ngo.id, role: 'ҮЕҰ' },
        ],
      },
    });
    expect(updated.title).toBe('Жаңартылған келісім');
    expect(updated.parties.map((x) => [x.id, x.organisationId, x.role, x.position])).toEqual([
      [schoolParty!.id, p.school.id, 'Негізгі мектеп', 0],
      [pmpkParty!.id, p.pmpk.id, 'Консультация', 1],
      [expect.any(String), ngo.id, 'ҮЕҰ', 2],
    ]);
    // The signatory was kept, as the input did not name one.
    expect(updated.parties[1]?.signatoryPersonId).toBe(p.pmpkHead.id);
    // The college left, and its obligation with it; both rows stay, archived.
    expect(updated.obligations.map((o) => o.organisationId)).toEqual([p.pmpk.id, p.school.id]);
    const archivedParty = rows(p, 'agreement_parties').find((r) => r.id === collegeParty!.id);
    expect(archivedParty?.archived_at).toBe('2025-03-10T09:01:00.000Z');
    expect(p.count('agreement_obligations')).toBe(3);
    expect(lastBatch(p)).toEqual([
      ['agreement', 'update'],
      ['agreement_party', 'update'],
      ['agreement_party', 'update'],
      ['agreement_party', 'create'],
      ['agreement_party', 'archive'],
      ['agreement_obligation', 'archive'],
    ]);
  });

  it('replaces the obligations and modules, bringing back an archived module row rather than a second one', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const [first, second] = a.obligations;
    const updated = p.api.agreements.update({
      id: a.id,
      patch: {
        obligations: [
          {
            id: second!.id,
            organisationId: p.college.id,
            description: second!.description,
            status: 'in_progress',
          },
          { organisationId: p.school.id, description: 'Ата-аналармен кездесу өткізу', dueOn: '2025-04-01' },
        ],
        moduleIds: [p.module(3), p.module(12)],
      },
    });
    expect(updated.obligations.map((o) => [o.id, o.organisationId, o.status, o.dueOn])).toEqual([
      [second!.id, p.college.id, 'in_progress', '2025-09-01'],
      [expect.any(String), p.school.id, 'open', '2025-04-01'],
    ]);
    expect(rows(p, 'agreement_obligations').find((r) => r.id === first!.id)?.archived_at).not.toBeNull();
    expect(updated.moduleIds).toEqual([p.module(3), p.module(12)]);
    const back = p.api.agreements.update({ id: a.id, patch: { moduleIds: [p.module(1)] } });
    expect(back.moduleIds).toEqual([p.module(1)]);
    expect(rows(p, 'agreement_modules').filter((m) => m.module_id === p.module(1))).toHaveLength(1);
    expect(lastBatch(p)).toEqual([
      ['agreement', 'update'],
      ['agreement_module', 'restore'],
      ['agreement_module', 'archive'],
      ['agreement_module', 'archive'],
    ]);
  });

  it('refuses a party list that leaves an obligation without its organisation, and an unknown row id', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const [pmpkParty, schoolParty] = a.parties;
    const parties = [
      { id: pmpkParty!.id, organisationId: p.pmpk.id },
      { id: schoolParty!.id, organisationId: p.school.id },
    ];
    expect(
      reason(p, 'agreements:update', {
        id: a.id,
        patch: {
          parties,
          obligations: a.obligations.map((o) => ({
            id: o.id,
            organisationId: o.organisationId,
            description: o.description,
          })),
        },
      }),
    ).toBe('conflict:conflict.obligationPartyMissing');
    expect(
      reason(p, 'agreements:update', {
        id: a.id,
        patch: { parties: [...parties, { id: MISSING_ID, organisationId: p.college.id }] },
      }),
    ).toBe('not_found:errors.not_found');
    expect(p.api.agreements.get({ id: a.id }).parties).toHaveLength(3);
  });

  it('keeps a party whose organisation was archived since, but refuses adding an archived one', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    p.api.organisations.archive({ id: p.college.id });
    const kept = p.api.agreements.update({
      id: a.id,
      patch: {
        parties: a.parties.map((x) => ({ id: x.id, organisationId: x.organisationId, role: `${x.role}.` })),
      },
    });
    expect(kept.parties.map((x) => [x.role, x.organisationArchived])).toEqual([
      ['Консультация.', false],
      ['Мектеп.', false],
      ['Колледж.', true],
    ]);
    const [pmpkParty, schoolParty] = a.parties;
    expect(
      reason(p, 'agreements:update', {
        id: a.id,
        patch: {
          parties: [
            { id: pmpkParty!.id, organisationId: p.pmpk.id },
            { id: schoolParty!.id, organisationId: p.college.id },
          ],
        },
      }),
    ).toBe('conflict:conflict.archivedReference');
  });

  it('records nothing for a kept row that did not change', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    p.api.agreements.update({
      id: a.id,
      patch: {
        notes: 'Қол қойылған',
        parties: a.parties.map((x) => ({ id: x.id, organisationId: x.organisationId })),
        obligations: a.obligations.map((o) => ({
          id: o.id,
          organisationId: o.organisationId,
          description: o.description,
        })),
        moduleIds: a.moduleIds,
      },
    });
    expect(lastBatch(p)).toEqual([['agreement', 'update']]);
  });
});

describe('the registry', () => {
  const threeAgreements = (p: Partners) => {
    const coop = p.api.agreements.create(threeParty(p));
    const regulation = p.api.agreements.create({
      number: '3',
      title: 'Ведомствоаралық кластер туралы ереже',
      kind: 'cluster_regulation',
      parties: [{ organisationId: p.pmpk.id }, { organisationId: p.college.id }],
      moduleIds: [p.module(12)],
    });
    const contract = p.api.agreements.create({
      number: '7',
      title: 'Желілік нысандағы шарт',
      kind: 'network_contract',
      signedOn: '2025-02-01',
      validFrom: '2025-02-01',
      validTo: '2025-03-31',
      noticeDays: 30,
      parties: [{ organisationId: p.school.id }, { organisationId: p.college.id }],
    });
    return { coop, regulation, contract };
  };

  it('filters by kind, status, party, module and text, folding Kazakh letters and case', () => {
    const p = withPartners();
    const { coop, regulation, contract } = threeAgreements(p);
    const ids = (input: Parameters<Partners['api']['agreements']['list']>[0]) =>
      p.api.agreements.list(input).map((a) => a.id);
    // Expiring first (21 days left), then active, then the draft.
    expect(ids({})).toEqual([contract.id, coop.id, regulation.id]);
    expect(ids({ kind: 'cluster_regulation' })).toEqual([regulation.id]);
    expect(ids({ status: 'expiring' })).toEqual([contract.id]);
    expect(ids({ status: 'draft' })).toEqual([regulation.id]);
    expect(ids({ organisationId: p.pmpk.id })).toEqual([coop.id, regulation.id]);
    expect(ids({ moduleId: p.module(12) })).toEqual([regulation.id]);
    expect(ids({ search: 'ЕРЕЖЕ' })).toEqual([regulation.id]);
    expect(ids({ search: 'коргалжын' })).toEqual([contract.id, coop.id]);
    expect(ids({ search: 'ынтымактастык' })).toEqual([coop.id]);
    expect(ids({ search: '100%' })).toEqual([]);
  });

  it('sorts the most urgent first: expiring, active by days left, drafts, the latest expired, terminated', () => {
    const p = withPartners();
    const make = (number: string, term: Partial<Parameters<typeof threeParty>[1]>) =>
      p.api.agreements.create(threeParty(p, { number, obligations: [], ...term })).id;
    const lastYear = { signedOn: '2024-01-01', validFrom: '2024-01-01' };
    const terminated = make('1', {});
    p.api.agreements.terminate({ id: terminated, on: '2025-03-01' });
    const expiredLongAgo = make('2', { ...lastYear, validTo: '2025-01-31' });
    const expiredLately = make('3', { ...lastYear, validTo: '2025-03-01' });
    const draft10 = make('10', { signedOn: null });
    const draft2 = make('2-а', { signedOn: null });
    const indefinite = make('4', { indefinite: true });
    const yearLeft = make('5', {});
    const summer = make('6', { validTo: '2025-06-30' });
    const expiring = make('7', { validTo: '2025-03-31' });
    expect(p.api.agreements.list({}).map((a) => a.id)).toEqual([
      expiring,
      summer,
      yearLeft,
      indefinite,
      draft2,
      draft10,
      expiredLately,
      expiredLongAgo,
      terminated,
    ]);
  });

  it('hides archived agreements unless asked, and shows them when asked', () => {
    const p = withPartners();
    const { coop, regulation, contract } = threeAgreements(p);
    p.api.agreements.archive({ id: regulation.id });
    expect(p.api.agreements.list({}).map((a) => a.id)).toEqual([contract.id, coop.id]);
    expect(p.api.agreements.list({ archived: 'archived' }).map((a) => a.id)).toEqual([regulation.id]);
    expect(p.api.agreements.list({ archived: 'all' })).toHaveLength(3);
    expect(reason(p, 'agreements:update', { id: regulation.id, patch: { title: 'Жаңа' } })).toBe(
      'conflict:conflict.archived',
    );
    p.api.agreements.restore({ id: regulation.id });
    expect(p.api.agreements.list({})).toHaveLength(3);
  });

  it('fills the cluster documents package from the current agreements', () => {
    const p = withPartners();
    const { coop, regulation, contract } = threeAgreements(p);
    p.api.agreements.create({
      title: 'Бірлескен жұмыс жоспары',
      kind: 'joint_plan',
      parties: [{ organisationId: p.pmpk.id }, { organisationId: p.school.id }],
    });
    expect(p.api.agreements.documentsPackage({})).toEqual({
      concept_programme: [],
      cluster_regulation: [{ id: regulation.id, number: '3', title: regulation.title, status: 'draft' }],
      contracts: [
        { id: contract.id, number: '7', title: contract.title, status: 'expiring' },
        { id: coop.id, number: '12', title: coop.title, status: 'active' },
      ],
    });
  });

  it('gives the network its current agreements with their active parties', () => {
    const p = withPartners();
    const { coop, regulation, contract } = threeAgreements(p);
    p.api.organisations.archive({ id: p.college.id });
    expect(currentAgreementsForNetwork(p.ctx)).toEqual(
      expect.arrayContaining([
        {
          id: coop.id,
          number: '12',
          title: coop.title,
          status: 'active',
          partyIds: [p.pmpk.id, p.school.id],
        },
      ]),
    );
    // With the college archived, the regulation and the contract have one party left each.
    const shown = currentAgreementsForNetwork(p.ctx).map((a) => a.id);
    expect(shown).toEqual([coop.id]);
    expect([regulation.id, contract.id].some((id) => shown.includes(id))).toBe(false);
  });
});

describe('obligations', () => {
  it('lists what is owed across current agreements, overdue first, with agreement and party names', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    p.clock.set('2025-07-01T09:00:00.000Z');
    const list = p.api.agreements.obligations({});
    expect(
      list.map((o) => [o.description, o.overdue, o.agreementNumber, o.shortName || o.organisationNameKk]),
    ).toEqual([
      ['Балаларды тексеріп, қорытынды беру', true, '12', 'ПМПК №1'],
      ['Инклюзивті сыныптар ашу', false, '12', 'Қорғалжын ауданының №3 жалпы білім беретін мектебі'],
      ['Студенттерді тәжірибеге жіберу', false, '12', 'Ақмола облысының жоғары педагогикалық колледжі'],
    ]);
    expect(p.api.agreements.obligations({ overdueOnly: true })).toHaveLength(1);
    expect(p.api.agreements.obligations({ organisationId: p.school.id }).map((o) => o.description)).toEqual([
      'Инклюзивті сыныптар ашу',
    ]);
    expect(p.api.agreements.get({ id: a.id })).toMatchObject({ overdueObligations: 1 });

    const done = p.api.agreements.updateObligation({ id: list[0]!.id, patch: { status: 'done' } });
    expect(done).toMatchObject({ status: 'done', overdue: false, agreementTitle: a.title });
    expect(p.api.agreements.obligations({ overdueOnly: true })).toEqual([]);
    expect(p.api.agreements.obligations({ status: 'done' }).map((o) => o.id)).toEqual([done.id]);
    expect(lastBatch(p)).toEqual([['agreement_obligation', 'update']]);
  });

  it('leaves out obligations of terminated and archived agreements', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const b = p.api.agreements.create(threeParty(p, { number: '13' }));
    p.api.agreements.terminate({ id: a.id, on: '2025-03-01' });
    expect(new Set(p.api.agreements.obligations({}).map((o) => o.agreementId))).toEqual(new Set([b.id]));
    p.api.agreements.archive({ id: b.id });
    expect(p.api.agreements.obligations({})).toEqual([]);
    expect(
      reason(p, 'agreements:updateObligation', { id: a.obligations[0]!.id, patch: { status: 'done' } }),
    ).toBe('conflict:conflict.agreementTerminated');
    // Terminated from a later day: its obligations run, and are tracked, until then.
    const c = p.api.agreements.create(threeParty(p, { number: '14' }));
    p.api.agreements.terminate({ id: c.id, on: '2025-04-01' });
    expect(p.api.agreements.obligations({}).filter((o) => o.agreementId === c.id)).toHaveLength(3);
    expect(
      p.api.agreements.updateObligation({ id: c.obligations[0]!.id, patch: { status: 'done' } }).status,
    ).toBe('done');
    p.clock.set('2025-04-01T09:00:00.000Z');
    expect(p.api.agreements.obligations({})).toEqual([]);
  });
});
