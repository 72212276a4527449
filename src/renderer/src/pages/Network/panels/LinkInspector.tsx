import { Alert, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { linkCalls } from '../../../../../shared/api/links';
import { linkClassification } from '../../../../../shared/reference';
import type { LinkWithEnds, OrganisationLink } from '../../../../../shared/model';
import { useLabels } from '../../../lib/labels';
import type { SavePlan } from '../../../lib/formDrawer';
import { InspectorForm } from './InspectorForm';
import { useApiQuery } from '../../../lib/useApiQuery';
import { describeApiError } from '../../../lib/errors';
import { contractErrors } from '../../../lib/validate';

/** The classification attributes of a link (DOMAIN.md §7.1), each optional. */
const attributes = ['direction', 'contact', 'systematicity', 'term', 'participation', 'object'] as const;
type Attribute = (typeof attributes)[number];

type LinkFormValues = { kind: string; label: string; notes: string } & Record<Attribute, string | null>;

const valuesOf = (l: OrganisationLink): LinkFormValues => ({
  kind: l.kind,
  label: l.label,
  notes: l.notes,
  direction: l.direction,
  contact: l.contact,
  systematicity: l.systematicity,
  term: l.term,
  participation: l.participation,
  object: l.object,
});

const patchOf = (l: OrganisationLink, v: LinkFormValues): Record<string, unknown> => {
  const patch: Record<string, unknown> = {};
  if (v.kind !== l.kind) patch.kind = v.kind;
  if ((v.label ?? '').trim() !== l.label) patch.label = v.label ?? '';
  if ((v.notes ?? '') !== l.notes) patch.notes = v.notes ?? '';
  for (const a of attributes) if ((v[a] ?? null) !== l[a]) patch[a] = v[a] ?? null;
  return patch;
};

interface Props {
  id: string;
  sourceId: string;
  onSaved: () => void;
  onDelete: () => void;
}

/** The selected link: its kind and the guide's classification, editable in place. */
export const LinkInspector = ({ id, sourceId, onSaved, onDelete }: Props) => {
  const { t } = useTranslation();
  const list = useApiQuery(`links:list:${sourceId}`, () =>
    api.links.list({ organisationId: sourceId, pageSize: 500 }),
  );
  const link = list.data?.items.find((l) => l.id === id);
  if (list.error) return <Alert type="error" showIcon title={describeApiError(list.error)} />;
  if (!link) return null;
  return (
    <Flex vertical gap={12}>
      <LinkForm key={`${link.id}:${link.updatedAt}`} link={link} onSaved={onSaved} />
      <Button danger onClick={onDelete}>
        {t('network.deleteLink')}
      </Button>
    </Flex>
  );
};

const LinkForm = ({ link, onSaved }: { link: LinkWithEnds; onSaved: () => void }) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const plan = (values: LinkFormValues): SavePlan<OrganisationLink> => {
    const patch = patchOf(link, values);
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
    const input = { id: link.id, patch };
    const fields = contractErrors(linkCalls.update.input, input, labels.lang);
    return fields ? { kind: 'invalid', fields } : { kind: 'save', run: () => api.links.update(input) };
  };

  return (
    <InspectorForm
      initial={valuesOf(link)}
      label={t('network.inspectorLink')}
      plan={plan}
      onSaved={onSaved}
      header={
        <Typography.Paragraph strong>
          {labels.organisationName(link.source)} → {labels.organisationName(link.target)}
        </Typography.Paragraph>
      }
    >
      {(feedback) => (
        <>
          <Form.Item name="kind" label={t('history.fields.kind')} required {...feedback('kind')}>
            <Select
              options={linkClassification.kinds.map((k) => ({ value: k.code, label: labels.text(k.name) }))}
            />
          </Form.Item>
          {attributes.map((a) => (
            <Form.Item key={a} name={a} label={t(`history.fields.${a}`)} {...feedback(a)}>
              <Select
                allowClear
                options={linkClassification[a].map((o) => ({ value: o.code, label: labels.text(o.name) }))}
              />
            </Form.Item>
          ))}
          <Form.Item name="label" label={t('history.fields.label')} {...feedback('label')}>
            <Input />
          </Form.Item>
          <Form.Item name="notes" label={t('network.notes')} {...feedback('notes')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </>
      )}
    </InspectorForm>
  );
};
