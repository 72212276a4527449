import { useEffect, useId, useRef, useState } from 'react';
import { Alert, App, Button, Flex, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../store';
import type { ModuleRole } from '../../../../shared/domain/enums';
import type { CellAssignment } from './matrixModel';

export type CellChoice = ModuleRole | 'none';

interface CellEditorProps {
  moduleId: string;
  moduleNumber: number;
  organisationId: string;
  organisationName: string;
  current: CellAssignment | undefined;
  onClose: () => void;
}

/** The small form of one matrix cell: the organisation's role in the module and its tasks there. */
export const CellEditor = ({
  moduleId,
  moduleNumber,
  organisationId,
  organisationName,
  current,
  onClose,
}: CellEditorProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [choice, setChoice] = useState<CellChoice>(current?.role ?? 'none');
  const [tasks, setTasks] = useState(current?.tasks ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // The keyboard starts on the current role. Focused once the popover is on screen: its
  // content is mounted before it is shown, and without the opening animation (reduced
  // motion) an autoFocus at mount landed on a box that could not take focus yet.
  useEffect(() => {
    let frames = 0;
    let request = 0;
    const focusChoice = () => {
      const input = form.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      input?.focus();
      if (document.activeElement !== input && ++frames < 30) request = requestAnimationFrame(focusChoice);
    };
    request = requestAnimationFrame(focusChoice);
    return () => cancelAnimationFrame(request);
  }, []);
  const roleLabel = useId();
  const tasksId = useId();
  const names = { organisation: organisationName, n: moduleNumber };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      if (choice === 'none') {
        if (current) {
          await api.modules.unassign({ moduleId, organisationId });
          void message.success(t('moduleMatrix.editor.removed', names));
        }
      } else {
        await api.modules.assign({ moduleId, organisationId, role: choice, tasks });
        void message.success(
          t('moduleMatrix.editor.assigned', { ...names, role: t(`moduleMatrix.role.${choice}`) }),
        );
      }
      dataChanged();
      onClose();
    } catch (e) {
      setError(describeFailure(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={form}
      role="dialog"
      aria-label={t('moduleMatrix.editor.title', names)}
      className="kenes-cell-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <Flex vertical gap={12}>
        <div>
          <div id={roleLabel} className="kenes-filter-label">
            {t('moduleMatrix.editor.role')}
          </div>
          <Radio.Group
            aria-labelledby={roleLabel}
            value={choice}
            onChange={(e) => setChoice(e.target.value as CellChoice)}
          >
            <Flex vertical gap={4}>
              {(['lead', 'participant', 'none'] as const).map((value) => (
                <Radio key={value} value={value}>
                  {t(`moduleMatrix.editor.${value}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </div>
        <div>
          <label htmlFor={tasksId} className="kenes-filter-label">
            {t('moduleMatrix.editor.tasks')}
          </label>
          <Input.TextArea
            id={tasksId}
            value={tasks}
            disabled={choice === 'none'}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={20_000}
            placeholder={t('moduleMatrix.editor.tasksPlaceholder')}
            onChange={(e) => setTasks(e.target.value)}
          />
        </div>
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('moduleMatrix.editor.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('moduleMatrix.editor.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};
