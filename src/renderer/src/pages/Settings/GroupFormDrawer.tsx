import { useMemo, useState } from 'react';
import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { groupCalls } from '../../../../shared/api/groups';
import type { FieldError } from '../../../../shared/api/contract';
import type { GroupWithCount, OrganisationGroup } from '../../../../shared/model';
import { toApiError } from '../../lib/useApiQuery';
import { describeApiError, fieldErrorMap, translateKey } from '../../lib/errors';
import { contractErrors, itemFeedback } from '../../lib/validate';
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
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [fields, setFields] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrorMap(fields);
  const feedback = (name: keyof Values) =>
    itemFeedback(errors[name] ? translateKey(t, errors[name]) : undefined);

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

  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    const all: Record<string, unknown> = {};
    for (const f of textFields) all[f] = v[f] ?? '';
    all.parentId = v.parentId ?? null;
    if (v.position !== null && v.position !== undefined) all.position = v.position;
    let call:
      | { kind: 'create'; input: Record<string, unknown> }
      | { kind: 'update'; input: { id: string; patch: Record<string, unknown> } };
    if (target.mode === 'create') call = { kind: 'create', input: all };
    else {
      const before: Record<string, unknown> = { ...target.group };
      const patch = Object.fromEntries(Object.entries(all).filter(([k, value]) => value !== before[k]));
      if (Object.keys(patch).length === 0) return onClose();
      call = { kind: 'update', input: { id: target.group.id, patch } };
    }
    const schema = call.kind === 'create' ? groupCalls.create.input : groupCalls.update.input;
    const problems = contractErrors(schema, call.input, labels.lang);
    if (problems) {
      setFields(problems);
      setFailure(t('common.saveFailed'));
      return;
    }
    setSaving(true);
    try {
      const saved =
        call.kind === 'create'
          ? await api.groups.create(groupCalls.create.input.parse(call.input))
          : await api.groups.update(groupCalls.update.input.parse(call.input));
      onSaved(saved, target.mode);
    } catch (e) {
      const error = toApiError(e);
      setFields(error.fields ?? []);
      setFailure(error.code === 'validation' ? t('common.saveFailed') : describeApiError(t, error));
    } finally {
      setSaving(false);
    }
  };

  const requestClose = () => {
    if (saving) return;
    const current = form.getFieldsValue(true) as Partial<Values>;
    const dirty = (Object.keys(initial) as (keyof Values)[]).some(
      (k) => (current[k] ?? '') !== (initial[k] ?? ''),
    );
    if (!dirty) return onClose();
    modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open
      size={520}
      title={
        target.mode === 'create'
          ? t('groups.createTitle')
          : `${t('groups.editTitle')}: ${target.group.nameKk}`
      }
      onClose={requestClose}
      mask={{ closable: false }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={requestClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" onClick={() => void save()} loading={saving}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {failure ? <Alert type="error" showIcon className="kenes-gap" title={failure} /> : null}
      <Form<Values>
        form={form}
        name="group"
        layout="vertical"
        initialValues={initial}
        disabled={saving}
        onValuesChange={(changed) => {
          const touched = Object.keys(changed);
          setFields((fs) => fs.filter((f) => !touched.some((k) => f.path.endsWith(k))));
        }}
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
    </Drawer>
  );
};
