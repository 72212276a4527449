import { describe, expect, it } from 'vitest';
import { threeParty, withPartners, type Partners } from '../../helpers/agreements';

const reason = (p: Partners, channel: string, input: unknown): string => {
  const error = p.fail(channel, input);
  return `${error.code}:${error.messageKey}`;
};

const registryIds = (p: Partners, includeSuperseded = false) =>
  p.api.agreements.list({ includeSuperseded }).map((a) => a.id);

describe('amendments and renewals', () => {
  it('makes an amendment a new version with everything copied; the old one is superseded and leaves the registry', () => {
    const p = withPartners();
    const old = p.api.agreements.create(threeParty(p, { stage: 'implementing' }));
    p.clock.advance(60_000);
    const amended = p.api.agreements.newVersion({ id: old.id, reason: 'amendment' });
    expect(amended).toMatchObject({
      number: old.number,
      title: old.title,
      signedOn: '2025-01-15',
      validFrom: '2025-01-15',
      validTo: '2026-01-14',
      stage: 'implementing',
      status: 'active',
      previousVersionId: old.id,
      versionReason: 'amendment',
      supersededById: null,
      moduleIds: old.moduleIds,
    });
    expect(amended.id).not.toBe(old.id);
    // Copies: same organisations, roles, signatories and obligations, in new rows.
    const partyShape = (d: typeof old) =>
      d.parties.map((x) => [x.organisationId, x.role, x.signatoryPersonId]);
    expect(partyShape(amended)).toEqual(partyShape(old));
    expect(amended.parties.map((x) => x.id)).not.toEqual(expect.arrayContaining([old.parties[0]!.id]));
    const obligationShape = (d: typeof old) =>
      d.obligations.map((o) => [o.organisationId, o.description, o.dueOn]);
    expect(obligationShape(amended)).toEqual(obligationShape(old));
    expect(amended.versions.map((v) => [v.id, v.versionReason])).toEqual([
      [old.id, null],
      [amended.id, 'amendment'],
    ]);

    const before = p.api.agreements.get({ id: old.id });
    expect(before).toMatchObject({ stage: 'amended', supersededById: amended.id });
    expect(before.versions.map((v) => v.id)).toEqual([old.id, amended.id]);
    expect(registryIds(p)).toEqual([amended.id]);
    expect(new Set(registryIds(p, true))).toEqual(new Set([old.id, amended.id]));
    // The obligations view follows the current version only.
    expect(new Set(p.api.agreements.obligations({}).map((o) => o.agreementId))).toEqual(
      new Set([amended.id]),
    );
  });

  it('counts an amended agreement once in what an organisation is party to', () => {
    const p = withPartners();
    const old = p.api.agreements.create(threeParty(p));
    p.api.agreements.newVersion({ id: old.id, reason: 'amendment' });
    expect(p.api.organisations.impact({ id: p.pmpk.id }).agreements).toBe(1);
  });

  it('refuses to change, terminate or version a superseded agreement', () => {
    const p = withPartners();
    const old = p.api.agreements.create(threeParty(p));
    p.api.agreements.newVersion({ id: old.id, reason: 'amendment', signedOn: '2025-03-01' });
    expect(reason(p, 'agreements:update', { id: old.id, patch: { title: 'Басқа' } })).toBe(
      'conflict:conflict.superseded',
    );
    expect(reason(p, 'agreements:terminate', { id: old.id, on: '2025-03-10' })).toBe(
      'conflict:conflict.superseded',
    );
    expect(reason(p, 'agreements:newVersion', { id: old.id, reason: 'renewal' })).toBe(
      'conflict:conflict.superseded',
    );
    expect(
      reason(p, 'agreements:updateObligation', { id: old.obligations[0]!.id, patch: { status: 'done' } }),
    ).toBe('conflict:conflict.superseded');
  });

  it('starts a renewal the day after the term ends and runs it as long, keeping the old stage', () => {
    const p = withPartners();
    const old = p.api.agreements.create(threeParty(p, { stage: 'implementing' }));
    const renewed = p.api.agreements.newVersion({ id: old.id, reason: 'renewal', signedOn: '2026-01-10' });
    expect(renewed).toMatchObject({
      validFrom: '2026-01-15',
      validTo: '2027-01-14',
      signedOn: '2026-01-10',
      previousVersionId: old.id,
      versionReason: 'renewal',
      stage: 'implementing',
    });
    expect(p.api.agreements.get({ id: old.id })).toMatchObject({
      stage: 'implementing',
      supersededById: renewed.id,
    });

    // A chain of three: each version lists them all, oldest first.
    const again = p.api.agreements.newVersion({ id: renewed.id, reason: 'renewal' });
    expect(again).toMatchObject({ validFrom: '2027-01-15', validTo: '2028-01-14', signedOn: '2026-01-10' });
    for (const id of [old.id, renewed.id, again.id]) {
      expect(p.api.agreements.get({ id }).versions.map((v) => v.id)).toEqual([old.id, renewed.id, again.id]);
    }
  });

  it('renews a month-end term to the month end, and an automatically renewed one after its current term', () => {
    const p = withPartners();
    const monthly = p.api.agreements.create(
      threeParty(p, { validFrom: '2025-01-31', validTo: '2025-02-27' }),
    );
    expect(p.api.agreements.newVersion({ id: monthly.id, reason: 'renewal' })).toMatchObject({
      validFrom: '2025-02-28',
      validTo: '2025-03-30',
    });
    // 10 Mar 2025: a yearly agreement from 2023 renewing itself is in its third term.
    const rolling = p.api.agreements.create(
      threeParty(p, { number: '5', validFrom: '2023-01-01', validTo: '2023-12-31', autoRenew: true }),
    );
    expect(p.api.agreements.newVersion({ id: rolling.id, reason: 'renewal' })).toMatchObject({
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
  });

  it('refuses a renewal without a term, and leaves everything as it was', () => {
    const p = withPartners();
    const open = p.api.agreements.create(threeParty(p, { indefinite: true }));
    const noStart = p.api.agreements.create(threeParty(p, { validFrom: null }));
    const agreementsBefore = p.count('agreements');
    expect(reason(p, 'agreements:newVersion', { id: open.id, reason: 'renewal' })).toBe(
      'conflict:conflict.renewalNeedsTerm',
    );
    expect(reason(p, 'agreements:newVersion', { id: noStart.id, reason: 'renewal' })).toBe(
      'conflict:conflict.renewalNeedsTerm',
    );
    expect(p.count('agreements')).toBe(agreementsBefore);
  });

  it('keeps attachments with the version they document', () => {
    const p = withPartners();
    const old = p.api.agreements.create(threeParty(p));
    p.api.attachments.add({
      ownerType: 'agreement',
      ownerId: old.id,
      fileName: 'қол қойылған.pdf',
      base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });
    const amended = p.api.agreements.newVersion({ id: old.id, reason: 'amendment' });
    expect(amended).toMatchObject({ attachmentCount: 0, attachments: [] });
    expect(p.api.agreements.get({ id: old.id })).toMatchObject({ attachmentCount: 1 });
  });
});

describe('termination', () => {
  it('ends the agreement on the given day and refuses edits from then on', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    const ended = p.api.agreements.terminate({ id: a.id, on: '2025-03-01' });
    expect(ended).toMatchObject({ status: 'terminated', stage: 'terminated', terminatedOn: '2025-03-01' });
    expect(reason(p, 'agreements:update', { id: a.id, patch: { notes: 'кейін' } })).toBe(
      'conflict:conflict.agreementTerminated',
    );
    expect(reason(p, 'agreements:terminate', { id: a.id, on: '2025-03-05' })).toBe(
      'conflict:conflict.agreementTerminated',
    );
    expect(reason(p, 'agreements:newVersion', { id: a.id, reason: 'amendment' })).toBe(
      'conflict:conflict.agreementTerminated',
    );
    // Still in the registry, as terminated, at the end of the list.
    expect(p.api.agreements.list({ status: 'terminated' }).map((x) => x.id)).toEqual([a.id]);
  });

  it('refuses a termination before the signing day', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    expect(reason(p, 'agreements:terminate', { id: a.id, on: '2025-01-14' })).toBe(
      'conflict:conflict.terminatedBeforeSigned',
    );
    expect(p.api.agreements.get({ id: a.id })).toMatchObject({ terminatedOn: null, status: 'active' });
    expect(p.api.agreements.terminate({ id: a.id, on: '2025-01-15' }).status).toBe('terminated');
  });
});

describe('archive and restore', () => {
  it('archives and restores the agreement as a whole, refusing to do either twice', () => {
    const p = withPartners();
    const a = p.api.agreements.create(threeParty(p));
    expect(p.api.agreements.archive({ id: a.id })).toMatchObject({ archivedAt: '2025-03-10T09:00:00.000Z' });
    expect(reason(p, 'agreements:archive', { id: a.id })).toBe('conflict:conflict.archived');
    expect(reason(p, 'agreements:newVersion', { id: a.id, reason: 'amendment' })).toBe(
      'conflict:conflict.archived',
    );
    const back = p.api.agreements.restore({ id: a.id });
    expect(back).toMatchObject({ archivedAt: null, parties: a.parties, obligations: a.obligations });
    expect(reason(p, 'agreements:restore', { id: a.id })).toBe('conflict:conflict.notArchived');
  });
});
