import { Alert } from 'antd';

/**
 * The line above a follow-up list (obligations, open decisions): red with how many of
 * the listed items are overdue, green when none is. Each screen words it itself.
 */
export const OverdueSummary = ({
  items,
  overdueText,
  noneText,
}: {
  items: readonly { overdue: boolean }[];
  overdueText: (count: number, total: number) => string;
  noneText: (total: number) => string;
}) => {
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Alert
      role="status"
      type={overdue ? 'error' : 'success'}
      showIcon
      className="kenes-gap"
      title={overdue ? overdueText(overdue, items.length) : noneText(items.length)}
    />
  );
};
