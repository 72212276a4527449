import { describe, expect, it } from 'vitest';
import { threeParty, withPartners, type Partners } from '../../helpers/agreements';
import { organisationInput } from '../../helpers/fixtures';

const TABLES = ['agreements', 'agreement_parties', 'agreement_obligations', 'agreement_modules'] as const;

/** The four tables as SQLite holds them: what undo and redo must put back exactly. */
const snapshot = (p: Partners) =>
  Object.fromEntries(
    TABLES.map((table) => [table, p.workspace.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id`).all()]),
  );

describe('undo and redo of agreements', () => {
  it('undoes a create as one step, removing the agreement with its parties, obligations and modules', () => {
    const p = withPartners();
    const empty = snapshot(p);
    const a = p.api.agreements.create(threeParty(p));
    const created = snapshot(p);
    expect(p.api.history.undoState({}).undo).toMatchObject({
      entity: 'agreement',
      action: 'create',
      count: 9,
      label: `№ 12 ${a.title}`,
    });

    p.clock.advance(1000);
    expect(p.api.history.undo({})).toMatchObject({
      entity: 'agreement',
      action: 'create',
      label: `№ 12 ${a.title}`,
    });
    expect(snapshot(p)).toEqual(empty);
    expect(p.fail('agreements:get', { id: a.id }).code).toBe('not_found');
    expect(p.api.agreements.list({})).toEqual([]);

    p.clock.advance(1000);
    p.api.history.redo({});
    expect(snapshot(p)).toEqual(created);
    expect(p.api.agreements.get({ id: a.id })).toEqual(a);
    expect(p.internalErrors).toEqual([]);
  });

  it('undoes an update of the party list, bringing back the old parties and obligations', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const before = snapshot(p);
    const ngo = p.api.organisations.create(
      organisationInput({ nameKk: '«Мейірім» қоғамдық бірлестігі', typeCode: 'CULT.ORG' }),
    );
    const withNgo = snapshot(p);
    p.clock.advance(60_000);
    const updated = p.api.agreements.update({
      id: a.id,
      patch: {
        parties: [
          { id: a.parties[0]!.id, organisationId: p.pmpk.id, role: 'Жетекші' },
          { organisationId: ngo.id },
        ],
        obligations: [{ organisationId: ngo.id, description: 'Еріктілерді тарту' }],
        moduleIds: [],
      },
    });
    expect(updated.parties.map((x) => x.organisationId)).toEqual([p.pmpk.id, ngo.id]);
    const after = snapshot(p);

    p.clock.advance(1000);
    p.api.history.undo({});
    expect(snapshot(p)).toEqual(withNgo);
    expect(withNgo).toEqual(before);
    const restored = p.api.agreements.get({ id: a.id });
    expect(restored.parties.map((x) => [x.organisationId, x.role])).toEqual(
      a.parties.map((x) => [x.organisationId, x.role]),
    );
    expect(restored.obligations).toEqual(a.obligations);
    expect(restored.moduleIds).toEqual(a.moduleIds);

    p.clock.advance(1000);
    p.api.history.redo({});
    expect(snapshot(p)).toEqual(after);
  });

  it('undoes an amendment: the new version goes, the old one is current again', () => {
    const p = withPartners();
    const old = p.api.agreements.create(threeParty(p));
    const amended = p.api.agreements.newVersion({ id: old.id, reason: 'amendment' });
    expect(p.api.agreements.list({}).map((a) => a.id)).toEqual([amended.id]);
    expect(p.api.history.undoState({}).undo).toMatchObject({
      entity: 'agreement',
      action: 'create',
      count: 10,
    });
    p.api.history.undo({});
    expect(p.api.agreements.list({}).map((a) => a.id)).toEqual([old.id]);
    expect(p.api.agreements.get({ id: old.id })).toMatchObject({ stage: old.stage, supersededById: null });
    expect(p.count('agreements')).toBe(1);
  });

  it('names an obligation and an attachment by what the user sees', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    p.api.agreements.updateObligation({ id: a.obligations[1]!.id, patch: { status: 'in_progress' } });
    expect(p.api.history.undoState({}).undo).toMatchObject({
      entity: 'agreement_obligation',
      label: 'Инклюзивті сыныптар ашу',
    });
    p.api.attachments.add({
      ownerType: 'agreement',
      ownerId: a.id,
      fileName: 'Келісім №12.pdf',
      base64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64'),
    });
    expect(p.api.history.undoState({}).undo).toMatchObject({
      entity: 'attachment',
      label: 'Келісім №12.pdf',
    });
    p.api.history.undo({});
    expect(p.api.agreements.get({ id: a.id }).attachments).toEqual([]);
    p.api.history.redo({});
    expect(p.api.agreements.get({ id: a.id }).attachments.map((x) => x.fileName)).toEqual([
      'Келісім №12.pdf',
    ]);
  });
});
