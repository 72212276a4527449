import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../../shared/model';
import { useFormat } from '../../../lib/format';

interface Props {
  detail: AgreementDetail;
  onOpenVersion: (id: string) => void;
}

/** The chain of amendments and renewals, oldest first; each version is its own record and document. */
export const VersionsSection = ({ detail, onOpenVersion }: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  if (detail.versions.length < 2) return null;
  return (
    <section aria-labelledby="agreement-versions">
      <h3 id="agreement-versions" className="kenes-form-section">
        {t('agreements.versions.title')}
      </h3>
      <ul className="kenes-version-list">
        {detail.versions.map((v, i) => {
          const label = [
            t('agreements.versions.item', { n: i + 1 }),
            v.number ? `№ ${v.number}` : '',
            v.title,
          ]
            .filter(Boolean)
            .join(' · ');
          const signed = v.signedOn
            ? t('agreements.versions.signed', { date: format.date(v.signedOn) })
            : t('agreements.versions.unsigned');
          return (
            <li key={v.id}>
              {v.id === detail.id ? (
                <>
                  <Typography.Text strong>{label}</Typography.Text>{' '}
                  <Tag>{t('agreements.versions.thisOne')}</Tag>
                </>
              ) : (
                <Button type="link" className="kenes-link-button" onClick={() => onOpenVersion(v.id)}>
                  {label}
                </Button>
              )}{' '}
              <Typography.Text type="secondary">{signed}</Typography.Text>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
