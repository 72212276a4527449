import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementListItem } from '../../../../shared/model';
import { useFormat } from '../../lib/format';

type Term = Pick<
  AgreementListItem,
  'validFrom' | 'validTo' | 'indefinite' | 'autoRenew' | 'status' | 'daysToExpiry' | 'termEnd'
>;

/** "01.09.2025 – 31.08.2026", "from 01.09.2025, indefinite", with the automatic renewal noted. */
export const Validity = ({ agreement: a }: { agreement: Term }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const from = format.date(a.validFrom);
  const to = format.date(a.validTo);
  const range = a.indefinite
    ? from
      ? t('agreements.term.fromIndefinite', { from })
      : t('agreements.term.indefinite')
    : from || to
      ? t('agreements.term.range', { from: from || '…', to: to || '…' })
      : t('common.notSet');
  return (
    <>
      <span>{range}</span>
      {a.autoRenew && !a.indefinite ? (
        <Typography.Text type="secondary" className="kenes-cell-small kenes-block-line">
          {a.termEnd && a.termEnd !== a.validTo
            ? t('agreements.term.renewedTo', { to: format.date(a.termEnd) })
            : t('agreements.term.autoRenew')}
        </Typography.Text>
      ) : null}
    </>
  );
};

/** Days left in the current term, or how long ago it ended; nothing for drafts and terminated ones. */
export const DaysToExpiry = ({ agreement: a }: { agreement: Term }) => {
  const { t } = useTranslation();
  if (a.daysToExpiry === null || a.status === 'draft' || a.status === 'terminated')
    return <span aria-label={t('agreements.term.noExpiry')}>{t('common.notSet')}</span>;
  if (a.daysToExpiry < 0)
    return (
      <Typography.Text type="danger">
        {t('agreements.term.daysAgo', { count: -a.daysToExpiry })}
      </Typography.Text>
    );
  return (
    <Typography.Text type={a.status === 'expiring' ? 'warning' : undefined} strong={a.status === 'expiring'}>
      {a.daysToExpiry === 0
        ? t('agreements.term.lastDay')
        : t('agreements.term.days', { count: a.daysToExpiry })}
    </Typography.Text>
  );
};
