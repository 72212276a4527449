import { Alert, App, Button, Drawer, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AgreementDetail } from '../../../../shared/model';
import type { AgreementKind } from '../../../../shared/domain/enums';
import { describeApiError } from '../../lib/errors';
import { useApiQuery } from '../../lib/useApiQuery';
import type { AgreementFormValues } from './agreementFormModel';
import { useAgreementEditor } from './useAgreementEditor';
import { GeneralSection } from './editor/GeneralSection';
import { TermSection } from './editor/TermSection';
import { StageSection } from './editor/StageSection';
import { PartiesSection } from './editor/PartiesSection';
import { ObligationsSection } from './editor/ObligationsSection';
import { AgreementSummary } from './editor/AgreementSummary';
import { VersionsSection } from './editor/VersionsSection';
import { AttachmentsSection } from './editor/AttachmentsSection';

/** Wide enough for the obligations table and four steps of text beside the form. */
const DRAWER_WIDTH = 980;

interface Props {
  /** null: a new agreement. */
  agreementId: string | null;
  /** The kind a new agreement starts with (the council profile's checklist asks for a regulation, say). */
  newKind?: AgreementKind;
  onClose: () => void;
  onCreated: (id: string) => void;
  onOpenVersion: (id: string) => void;
}

/** Opens the agreement (or a blank one) in the editor drawer; loading and missing records have their own look. */
export const AgreementDrawer = ({ agreementId, newKind, onClose, onCreated, onOpenVersion }: Props) => {
  const { t } = useTranslation();
  const detail = useApiQuery(`agreements:get:${agreementId ?? 'new'}`, () =>
    agreementId ? api.agreements.get({ id: agreementId }) : Promise.resolve(null),
  );
  if (agreementId && !detail.data) {
    return (
      <Drawer open size={DRAWER_WIDTH} title={t('agreements.form.editTitle')} onClose={onClose}>
        {detail.error ? (
          <Alert type="error" showIcon title={describeApiError(detail.error)} />
        ) : (
          <Skeleton active />
        )}
      </Drawer>
    );
  }
  const record = detail.data ?? null;
  return (
    <AgreementEditor
      // A fresh form whenever the saved record changes (after Save, or a new version).
      key={record ? `${record.id}:${record.updatedAt}` : 'new'}
      detail={record}
      newKind={newKind}
      onClose={onClose}
      onCreated={onCreated}
      onOpenVersion={onOpenVersion}
    />
  );
};

interface EditorProps extends Omit<Props, 'agreementId'> {
  detail: AgreementDetail | null;
}

const AgreementEditor = ({ detail, newKind, onClose, onCreated, onOpenVersion }: EditorProps) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<AgreementFormValues>();
  const editor = useAgreementEditor(form, detail, newKind, (saved, created) => {
    if (created) onCreated(saved.id);
  });
  Form.useWatch([], form); // re-render on every edit, so the summary knows about unsaved changes
  const readOnly =
    detail !== null &&
    (detail.status === 'terminated' || detail.supersededById !== null || detail.archivedAt !== null);
  const dirty = editor.isDirty();

  const requestClose = () => {
    if (editor.saving) return;
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

  const title = detail
    ? [detail.number ? `№ ${detail.number}` : '', detail.title].filter(Boolean).join(' · ')
    : t('agreements.form.createTitle');

  return (
    <Drawer
      open
      title={title}
      size={DRAWER_WIDTH}
      onClose={requestClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={requestClose} disabled={editor.saving}>
            {readOnly ? t('agreements.form.close') : t('common.cancel')}
          </Button>
          {/* Save with nothing changed is "done": the drawer closes, as the other editors do. */}
          {readOnly ? null : (
            <Button
              type="primary"
              onClick={() => void editor.save().then((result) => result === 'unchanged' && onClose())}
              loading={editor.saving}
            >
              {t('common.save')}
            </Button>
          )}
        </Flex>
      }
    >
      {editor.error ? (
        <Alert
          type="error"
          showIcon
          className="kenes-gap"
          role="alert"
          title={t('common.saveFailed')}
          description={editor.error.code === 'validation' ? undefined : describeApiError(editor.error)}
        />
      ) : null}
      {detail ? <AgreementSummary detail={detail} dirty={dirty} onOpenVersion={onOpenVersion} /> : null}
      {readOnly ? (
        <Alert type="info" showIcon className="kenes-gap-top" title={t('agreements.form.readOnly')} />
      ) : null}
      <Form<AgreementFormValues>
        form={form}
        name="agreement"
        layout="vertical"
        initialValues={editor.initial}
        onValuesChange={editor.onValuesChange}
        disabled={readOnly || editor.saving}
        className="kenes-agreement-form"
      >
        <GeneralSection feedback={editor.feedback} />
        <PartiesSection feedback={editor.feedback} messageAt={editor.messageAt} />
        <ObligationsSection feedback={editor.feedback} detail={detail} />
        <TermSection feedback={editor.feedback} />
        <StageSection disabled={readOnly} />
        <Form.Item name="notes" label={t('agreements.field.notes')} {...editor.feedback('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
      {detail ? (
        <>
          <VersionsSection detail={detail} onOpenVersion={onOpenVersion} />
          <AttachmentsSection detail={detail} />
        </>
      ) : (
        <Typography.Paragraph type="secondary" className="kenes-gap-top">
          {t('agreements.form.afterSaveHint')}
        </Typography.Paragraph>
      )}
    </Drawer>
  );
};
