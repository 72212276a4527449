import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';
import { MAX_POSITIONS } from '../../../src/shared/api/views';

const withCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

const mainView = (t: TestWorkspace) => {
  const [first] = t.api.views.list({});
  if (!first) throw new Error('no view');
  return first;
};

const viewHistory = (t: TestWorkspace, id: string) =>
  t.api.history.list({ entity: 'network_view', entityId: id }).items;

describe('network views', () => {
  it('gives every new workspace a default radial view, named in its language, that cannot be undone', () => {
    const kk = openTestWorkspace();
    kk.api.workspace.initialise({ template: 'akmola' });
    expect(kk.api.views.list({})).toEqual([
      expect.objectContaining({ name: 'Негізгі көрініс', layout: 'radial', position: 0 }),
    ]);
    expect(kk.api.history.undoState({}).undo).toBeNull();

    const ru = openTestWorkspace();
    ru.api.settings.update({ patch: { language: 'ru' } });
    ru.api.workspace.initialise({ template: 'empty', councilName: 'Совет' });
    const view = ru.api.views.get({ id: mainView(ru).id });
    expect(view).toMatchObject({
      name: 'Основная схема',
      layout: 'radial',
      filters: {},
      display: { colourBy: 'sector', expandedGroupIds: [] },
      positions: {},
      viewport: { x: 0, y: 0, zoom: 1 },
    });
  });

  it('creates the default view for a workspace initialised before views existed, outside the undo stack', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    // As such a workspace looks after the migration: no view, and no history of one.
    t.workspace.sqlite.prepare('DELETE FROM network_views').run();
    t.api.settings.update({ patch: { language: 'en' } });
    const before = t.count('change_history');

    expect(t.api.views.list({}).map((v) => v.name)).toEqual(['Main view']);
    expect(t.api.views.list({})).toHaveLength(1);
    expect(t.count('change_history')).toBe(before);
    expect(t.api.history.undoState({}).undo).toMatchObject({ entity: 'organisation', label: org.nameKk });
  });

  it('lists nothing and creates nothing before the workspace is initialised', () => {
    const t = openTestWorkspace();
    expect(t.api.views.list({})).toEqual([]);
    expect(t.count('network_views')).toBe(0);
  });

  it('creates, renames and re-filters a view, each an undoable step', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    const view = t.api.views.create({
      name: ' ПМПК желісі ',
      filters: {
        typeCodes: ['SPED.PMPK'],
        levels: ['district'],
        focus: { organisationId: org.id, steps: 2 },
      },
      layout: 'byDistrict',
    });
    expect(view).toMatchObject({
      name: 'ПМПК желісі',
      layout: 'byDistrict',
      position: 1,
      filters: {
        typeCodes: ['SPED.PMPK'],
        levels: ['district'],
        focus: { organisationId: org.id, steps: 2 },
      },
    });
    expect(t.api.views.list({}).map((v) => v.name)).toEqual(['Негізгі көрініс', 'ПМПК желісі']);
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'network_view',
      action: 'create',
      label: 'ПМПК желісі',
    });

    t.clock.advance(1000);
    const updated = t.api.views.update({
      id: view.id,
      patch: { name: 'ПМПК', filters: {}, display: { colourBy: 'type', expandedGroupIds: [] } },
    });
    expect(updated).toMatchObject({ name: 'ПМПК', filters: {}, display: { colourBy: 'type' } });
    expect(updated.updatedAt).toBe('2025-03-10T09:00:01.000Z');

    t.api.history.undo({});
    expect(t.api.views.get({ id: view.id })).toEqual(view);
    t.api.history.undo({});
    expect(t.fail('views:get', { id: view.id }).code).toBe('not_found');
  });

  it('saves a drag of many nodes as one step, merged into the stored positions, and undoes it', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({
      items: ['Алтын', 'Бәйтерек', 'Шұғыла'].map((nameKk) => organisationInput({ nameKk })),
    });
    const [a, b, c] = ids as [string, string, string];
    const group = t.api.groups.create({ nameKk: 'ПМПК' });
    const view = mainView(t);
    t.api.views.movePositions({ id: view.id, positions: { [a]: { x: 0, y: 0 }, [b]: { x: 10, y: 10 } } });
    const layout = t.api.views.get({ id: view.id }).positions;

    t.clock.advance(1000);
    const moved = t.api.views.movePositions({
      id: view.id,
      positions: { [b]: { x: -20.5, y: 300, pinned: true }, [c]: { x: 5, y: 5 }, [group.id]: { x: 1, y: 2 } },
    });
    expect(moved.positions).toEqual({
      [a]: { x: 0, y: 0 },
      [b]: { x: -20.5, y: 300, pinned: true },
      [c]: { x: 5, y: 5 },
      [group.id]: { x: 1, y: 2 },
    });
    // Created with the workspace, then two drags.
    expect(viewHistory(t, view.id).map((h) => h.action)).toEqual(['update', 'update', 'create']);
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'network_view',
      action: 'update',
      count: 1,
    });

    t.api.history.undo({});
    expect(t.api.views.get({ id: view.id }).positions).toEqual(layout);
    t.api.history.redo({});
    expect(t.api.views.get({ id: view.id }).positions).toEqual(moved.positions);
  });

  it('saves a computed layout and its name as one step', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    const view = mainView(t);
    const laidOut = t.api.views.movePositions({
      id: view.id,
      positions: { [org.id]: { x: 100, y: 0 } },
      layout: 'byType',
    });
    expect(laidOut).toMatchObject({ layout: 'byType', positions: { [org.id]: { x: 100, y: 0 } } });
    t.api.history.undo({});
    expect(t.api.views.get({ id: view.id })).toMatchObject({ layout: 'radial', positions: {} });
    expect(t.fail('views:movePositions', { id: view.id, positions: {}, layout: 'spiral' }).code).toBe(
      'validation',
    );
  });

  it('does not record a move that moved nothing', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    const view = mainView(t);
    t.api.views.movePositions({ id: view.id, positions: { [org.id]: { x: 1, y: 1 } } });
    const entries = t.count('change_history');
    t.api.views.movePositions({ id: view.id, positions: { [org.id]: { x: 1, y: 1 } } });
    expect(t.count('change_history')).toBe(entries);
  });

  it('drops the positions of records that no longer exist, and refuses unknown ones', () => {
    const t = withCouncil();
    const keep = t.api.organisations.create(organisationInput({ nameKk: 'Алтын' }));
    const gone = t.api.organisations.create(organisationInput({ nameKk: 'Бәйтерек' }));
    const view = mainView(t);
    t.api.views.movePositions({
      id: view.id,
      positions: { [keep.id]: { x: 1, y: 1 }, [gone.id]: { x: 2, y: 2 } },
    });
    // Archived records keep their place for when they are restored.
    t.api.organisations.archive({ id: keep.id });
    t.workspace.sqlite.prepare('DELETE FROM organisations WHERE id = ?').run(gone.id);
    const moved = t.api.views.movePositions({ id: view.id, positions: { [keep.id]: { x: 3, y: 3 } } });
    expect(moved.positions).toEqual({ [keep.id]: { x: 3, y: 3 } });

    const entries = t.count('change_history');
    expect(
      t.fail('views:movePositions', { id: view.id, positions: { [MISSING_ID]: { x: 0, y: 0 } } }),
    ).toMatchObject({ code: 'not_found' });
    expect(t.fail('views:movePositions', { id: MISSING_ID, positions: {} }).code).toBe('not_found');
    expect(t.count('change_history')).toBe(entries);
    expect(t.api.views.get({ id: view.id }).positions).toEqual(moved.positions);
  });

  it('refuses bad positions: NaN, infinite or huge coordinates, wrong types, too many nodes', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    const { id } = mainView(t);
    const refused = (position: unknown) =>
      t.fail('views:movePositions', { id, positions: { [org.id]: position } });
    expect(refused({ x: Number.NaN, y: 0 }).fields?.[0]?.path).toBe(`positions.${org.id}.x`);
    expect(refused({ x: 0, y: Number.POSITIVE_INFINITY }).code).toBe('validation');
    expect(refused({ x: 1e12, y: 0 }).fields?.[0]?.messageKey).toBe('validation.max');
    expect(refused({ x: '10', y: 0 }).fields?.[0]?.messageKey).toBe('validation.wrongType');
    expect(refused({ x: 0, y: 0, pinned: 'yes' }).code).toBe('validation');
    expect(refused({ x: 0, y: 0, z: 1 }).fields?.[0]?.messageKey).toBe('validation.unknownField');
    expect(refused([0, 0]).code).toBe('validation');
    expect(t.fail('views:movePositions', { id, positions: { 'not-a-uuid': { x: 0, y: 0 } } }).code).toBe(
      'validation',
    );
    const huge = Object.fromEntries(
      Array.from({ length: MAX_POSITIONS + 1 }, (_, i) => [
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        { x: i, y: i },
      ]),
    );
    expect(t.fail('views:movePositions', { id, positions: huge }).fields?.[0]).toMatchObject({
      messageKey: 'validation.tooMany',
      params: { max: MAX_POSITIONS },
    });
    expect(t.api.views.get({ id }).positions).toEqual({});
  });

  it('refuses bad filters, layouts, display options and viewports', () => {
    const t = withCouncil();
    const { id } = mainView(t);
    const patch = (p: unknown) => t.fail('views:update', { id, patch: p });
    expect(patch({ layout: 'circle' }).fields?.[0]?.messageKey).toBe('validation.choice');
    expect(patch({ filters: { levels: ['village'] } }).code).toBe('validation');
    expect(patch({ filters: { focus: { organisationId: MISSING_ID, steps: 6 } } }).code).toBe('validation');
    expect(patch({ filters: { colour: 'red' } }).fields?.[0]?.messageKey).toBe('validation.unknownField');
    expect(patch({ display: { colourBy: 'district', expandedGroupIds: [] } }).code).toBe('validation');
    expect(patch({ viewport: { x: 0, y: 0, zoom: 0 } }).code).toBe('validation');
    expect(patch({ name: '   ' }).fields?.[0]?.messageKey).toBe('validation.required');
    expect(patch({}).fields?.[0]?.messageKey).toBe('validation.emptyPatch');
    expect(t.fail('views:create', { name: 'Көрініс', positions: { x: 1 } }).code).toBe('validation');
    expect(t.fail('views:get', { id: 'x' }).fields?.[0]?.messageKey).toBe('validation.uuid');
    expect(t.fail('views:update', { id: MISSING_ID, patch: { name: 'Жаңа' } }).code).toBe('not_found');
  });

  it('saves the viewport without a history entry, and panning does not block undo', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    const view = mainView(t);
    t.clock.advance(1000);
    t.api.views.movePositions({ id: view.id, positions: { [org.id]: { x: 1, y: 1 } } });
    const entries = t.count('change_history');
    const undoBefore = t.api.history.undoState({});

    t.clock.advance(1000);
    const panned = t.api.views.setViewport({ id: view.id, viewport: { x: -120, y: 40.5, zoom: 0.75 } });
    expect(panned.viewport).toEqual({ x: -120, y: 40.5, zoom: 0.75 });
    // Not an edit: no history, no new updatedAt, the undo button unchanged.
    expect(panned.updatedAt).toBe('2025-03-10T09:00:01.000Z');
    expect(t.count('change_history')).toBe(entries);
    expect(t.api.history.undoState({})).toEqual(undoBefore);

    t.api.history.undo({});
    const undone = t.api.views.get({ id: view.id });
    expect(undone.positions).toEqual({});
    expect(undone.viewport).toEqual({ x: -120, y: 40.5, zoom: 0.75 });
    expect(t.fail('views:setViewport', { id: view.id, viewport: { x: 0, y: 0 } }).code).toBe('validation');
  });

  it('deletes a view for good, keeps it in the history, and refuses to delete the last one', () => {
    const t = withCouncil();
    const main = mainView(t);
    const extra = t.api.views.create({ name: 'Модульдер', layout: 'byModule' });
    expect(t.api.views.delete({ id: main.id })).toEqual({ id: main.id });
    expect(t.count('network_views')).toBe(1);
    const [deleted] = viewHistory(t, main.id);
    expect(deleted).toMatchObject({ action: 'delete', after: null, before: { name: 'Негізгі көрініс' } });

    const error = t.fail('views:delete', { id: extra.id });
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.lastView' });
    expect(error.message).toBe('Бұл өзгерісті сақтау мүмкін емес: жалғыз көріністі жою мүмкін емес');
    expect(t.fail('views:delete', { id: MISSING_ID }).code).toBe('not_found');

    // Undo brings the deleted view back whole.
    t.api.history.undo({});
    expect(t.api.views.get({ id: main.id })).toMatchObject({ name: 'Негізгі көрініс', layout: 'radial' });
  });

  it('reorders views as one step', () => {
    const t = withCouncil();
    const main = mainView(t);
    const b = t.api.views.create({ name: 'Б' });
    const c = t.api.views.create({ name: 'В' });
    expect(t.api.views.reorder({ ids: [c.id, main.id] }).map((v) => v.name)).toEqual([
      'В',
      'Негізгі көрініс',
      'Б',
    ]);
    expect(t.api.history.undoState({}).undo).toMatchObject({ entity: 'network_view', count: 3 });
    t.api.history.undo({});
    expect(t.api.views.list({}).map((v) => v.id)).toEqual([main.id, b.id, c.id]);
    expect(t.fail('views:reorder', { ids: [MISSING_ID] }).code).toBe('not_found');
    expect(t.fail('views:reorder', { ids: [] }).code).toBe('validation');
  });

  it('reads a view whose stored JSON is damaged with defaults instead of failing', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    const { id } = mainView(t);
    t.workspace.sqlite
      .prepare(
        `UPDATE network_views SET filters = '{', layout = 'spiral', display = '[]', viewport = '{"x":1}',
           positions = ? WHERE id = ?`,
      )
      .run(JSON.stringify({ [org.id]: { x: 4, y: 5 }, bad: { x: 'no' } }), id);
    expect(t.api.views.get({ id })).toMatchObject({
      filters: {},
      layout: 'radial',
      display: { colourBy: 'sector', expandedGroupIds: [] },
      viewport: { x: 0, y: 0, zoom: 1 },
      positions: { [org.id]: { x: 4, y: 5 } },
    });
  });
});
