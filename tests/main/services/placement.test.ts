import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';

const akmola = () => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'akmola' });
  const view = t.api.views.list({})[0];
  if (!view) throw new Error('no view');
  return { t, viewId: view.id };
};

describe('an organisation created on the network canvas', () => {
  it('lands where it was drawn, and one undo takes back both the organisation and its place', () => {
    const { t, viewId } = akmola();
    const hub = t.api.network.load({}).organisations.find((o) => o.isCouncilHub);
    const created = t.api.organisations.create({
      ...organisationInput({ nameKk: '«Шұғыла» ата-аналар қауымдастығы', typeCode: 'PARENTS' }),
      placement: { viewId, at: { x: 640, y: -120 }, others: { [hub?.id ?? '']: { x: 0, y: 0 } } },
    });
    expect(t.api.views.get({ id: viewId }).positions).toEqual({
      [created.id]: { x: 640, y: -120 },
      [hub?.id ?? '']: { x: 0, y: 0 },
    });
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'organisation',
      action: 'create',
      count: 2,
    });

    t.api.history.undo({});
    expect(t.api.network.load({}).organisations.some((o) => o.id === created.id)).toBe(false);
    expect(t.api.views.get({ id: viewId }).positions).toEqual({});

    t.api.history.redo({});
    expect(t.api.views.get({ id: viewId }).positions[created.id]).toEqual({ x: 640, y: -120 });
  });

  it('is refused whole when the view does not exist: no organisation without its place', () => {
    const { t } = akmola();
    const before = t.count('organisations');
    const history = t.count('change_history');
    const error = t.fail('organisations:create', {
      ...organisationInput(),
      placement: { viewId: MISSING_ID, at: { x: 1, y: 2 } },
    });
    expect(error.code).toBe('not_found');
    expect(t.count('organisations')).toBe(before);
    expect(t.count('change_history')).toBe(history);
  });

  it('refuses coordinates that are not numbers a drawing can hold', () => {
    const { t, viewId } = akmola();
    for (const at of [
      { x: Number.NaN, y: 0 },
      { x: 0, y: 1e12 },
      { x: '1', y: 2 },
    ])
      expect(t.fail('organisations:create', { ...organisationInput(), placement: { viewId, at } }).code).toBe(
        'validation',
      );
  });
});
