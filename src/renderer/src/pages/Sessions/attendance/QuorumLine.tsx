import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Quorum } from '../../../../../shared/model';

/** "Present 7 of 15 — quorum needs 8": red until reached, green once it is. */
export const QuorumLine = ({ quorum }: { quorum: Quorum }) => {
  const { t } = useTranslation();
  const values = { present: quorum.present, members: quorum.members, needed: quorum.needed };
  return (
    <Alert
      role="status"
      aria-live="polite"
      data-testid="quorum"
      type={quorum.reached ? 'success' : 'error'}
      showIcon
      className="kenes-gap"
      title={
        quorum.reached
          ? t('decisions.attendance.quorumReached', values)
          : t('decisions.attendance.quorumMissing', values)
      }
    />
  );
};
