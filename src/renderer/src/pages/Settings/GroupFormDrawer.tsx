import { useMemo } from 'react';
import { Form, Input, InputNumber, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { groupCalls } from '../../../../shared/api/groups';
import type { GroupWithCount, OrganisationGroup } from '../../../../shared/model';
import { contractErrors } from '../../lib/validate';
import { FormDrawer, useFormDrawer, type SavePlan } from '../../lib/formDrawer';
import { buildGroupTree } from '../../lib/groupTree';
import { useLabels } from '../../lib/labels';

export type GroupFormTarget =
  { mode: 'create'; parentId?: string | null } | { mode: 'edit'; group: OrganisationGroup };

interface Values {
  nameKk: string;
  nameRu: string;
  shortName: string;
  parentId: string | null;
  position: number | null;
  notes: string;
}

const textFields = ['nameKk', 'nameRu', 'shortName', 'notes'] as const;

interface Props {
  target: GroupFormTarget;
  groups: GroupWithCount[];
  onClose: () => void;
  onSaved: (group: OrganisationGroup, mode: 'create' | 'edit') => void;
}

/** Add or edit a block of the scheme; a group cannot be moved inside itself. */
export const GroupFormDrawer = ({ target, groups, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const initial = useMemo<Values>(
    () =>
      target.mode === 'edit'
        ? {
            nameKk: target.group.nameKk,
            nameRu: target.group.nameRu,
            shortName: target.group.shortName,
            parentId: target.group.parentId,
            position: target.group.position,
            notes: target.group.notes,
          }
        : {
            nameKk: '',
            nameRu: '',
            shortName: '',
            parentId: target.parentId ?? null,
            position: null,
            notes: '',
          },
    [target],
  );

  const drawer = useFormDrawer<Values, OrganisationGroup>({
    form,
    initial,
    onClose,
    onSaved: (saved) => onSaved(saved, target.mode),
  });
  const { feedback, saving } = drawer;

  // A group's own subtree is not offered as its parent: the service would refuse the cycle anyway.
  const parentTree = useMemo(() => {
    const editingId = target.mode === 'edit' ? target.group.id : null;
    const excluded = new Set<string>();
    if (editingId) {
      excluded.add(editingId);
      let grew = true;
      while (grew) {
        grew = false;
        for (const g of groups) {
          if (g.parentId && excluded.has(g.parentId) && !excluded.has(g.id)) {
            excluded.add(g.id);
            grew = true;
          }
        }
      }
    }
    return buildGroupTree(
      groups.filter((g) => !excluded.has(g.id) && g.archivedAt === null),
      (g) => labels.groupName(g),
    );
  }, [groups, target, labels]);

  /** Runs the contract's schema on what the form holds and says what Save should do. */
  const plan = (v: Values): SavePlan<OrganisationGroup> => {
    const all: Record<string, unknown> = {};
    for (const f of textFields) all[f] = v[f] ?? '';
    all.parentId = v.parentId ?? null;
    if (v.position !== null && v.position !== undefined) all.position = v.position;
    if (target.mode === 'create') {
      const fields = contractErrors(groupCalls.create.input, all, labels.lang);
      if (fields) return { kind: 'invalid', fields };
      return { kind: 'save', run: () => api.groups.create(groupCalls.create.input.parse(all)) };
    }
    const before: Record<string, unknown> = { ...target.group };
    const patch = Object.fromEntries(Object.entries(all).filter(([k, value]) => value !== before[k]));
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
    const input = { id: target.group.id, patch };
    const fields = contractErrors(groupCalls.update.input, input, labels.lang);
    if (fields) return { kind: 'invalid', fields };
    return { kind: 'save', run: () => api.groups.update(groupCalls.update.input.parse(input)) };
  };

  const save = () => void drawer.submit(plan(form.getFieldsValue(true) as Values));

  return (
    <FormDrawer
      title={
        target.mode === 'create'
          ? t('groups.createTitle')
          : `${t('groups.editTitle')}: ${target.group.nameKk}`
      }
      size={520}
      saving={saving}
      error={drawer.error}
      onSave={save}
      onCancel={drawer.requestClose}
    >
      <Form<Values>
        form={form}
        name="group"
        layout="vertical"
        initialValues={initial}
        disabled={saving}
        onValuesChange={drawer.forgetTouched}
      >
        <Form.Item name="nameKk" label={t('groups.nameKk')} required {...feedback('nameKk')}>
          <Input aria-required />
        </Form.Item>
        <Form.Item name="nameRu" label={t('groups.nameRu')} {...feedback('nameRu')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('groups.shortName')}
          extra={t('groups.shortNameHelp')}
          {...feedback('shortName')}
        >
          <Input />
        </Form.Item>
        <Form.Item name="parentId" label={t('groups.parentId')} {...feedback('parentId')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            treeData={parentTree}
            placeholder={t('groups.parentPlaceholder')}
            showSearch={{ treeNodeFilterProp: 'title' }}
          />
        </Form.Item>
        <Form.Item name="position" label={t('groups.position')} {...feedback('position')}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="notes" label={t('groups.notes')} {...feedback('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
};
