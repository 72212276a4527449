import { memo, useRef, type KeyboardEvent } from 'react';
import { Popover } from 'antd';
import { CheckOutlined, FileTextOutlined, StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CellEditor } from './CellEditor';
import { cellId, type CellAssignment } from './matrixModel';

interface MatrixCellProps {
  moduleId: string;
  moduleNumber: number;
  organisationId: string;
  /** The name in the cell's accessible name: the short name, which tells rows apart. */
  organisationLabel: string;
  organisationName: string;
  assignment: CellAssignment | undefined;
  editing: boolean;
  highlighted: boolean;
  /** Opens or closes this cell's editor. */
  onEdit: (organisationId: string, moduleNumber: number, open: boolean) => void;
  onArrow: (e: KeyboardEvent<HTMLButtonElement>, organisationId: string, moduleNumber: number) => void;
}

/** One cell of the matrix: lead, participant or empty; a click opens its editor in place. */
export const MatrixCell = memo(function MatrixCell({
  moduleId,
  moduleNumber,
  organisationId,
  organisationLabel,
  organisationName,
  assignment,
  editing,
  highlighted,
  onEdit,
  onArrow,
}: MatrixCellProps) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const role = assignment?.role ?? 'none';
  /** `refocus`: back to the cell, so a keyboard user carries on where they were; not after a click elsewhere. */
  const close = (refocus: boolean) => {
    onEdit(organisationId, moduleNumber, false);
    if (refocus) requestAnimationFrame(() => button.current?.focus());
  };

  const cellButton = (
    <button
      ref={button}
      id={cellId(organisationId, moduleNumber)}
      type="button"
      className={`kenes-matrix-button kenes-matrix-${role}`}
      aria-haspopup="dialog"
      aria-expanded={editing}
      aria-label={t('moduleMatrix.matrix.cellLabel', {
        organisation: organisationLabel,
        n: moduleNumber,
        role: t(`moduleMatrix.role.${role}`),
      })}
      title={assignment?.tasks || undefined}
      onClick={editing ? undefined : () => onEdit(organisationId, moduleNumber, true)}
      onKeyDown={(e) => onArrow(e, organisationId, moduleNumber)}
    >
      {role === 'lead' ? <StarFilled aria-hidden /> : null}
      {role === 'participant' ? <CheckOutlined aria-hidden /> : null}
      {assignment?.tasks ? <FileTextOutlined aria-hidden className="kenes-matrix-tasks" /> : null}
    </button>
  );

  // Only the open cell carries a Popover: hundreds of idle ones made every filter keystroke slow.
  return (
    <td className={`kenes-matrix-cell${highlighted ? ' kenes-matrix-highlight' : ''}`}>
      {editing ? (
        <Popover
          open
          trigger="click"
          placement="bottom"
          title={t('moduleMatrix.editor.title', { organisation: organisationName, n: moduleNumber })}
          onOpenChange={(open) => (open ? undefined : close(false))}
          content={
            <CellEditor
              moduleId={moduleId}
              moduleNumber={moduleNumber}
              organisationId={organisationId}
              organisationName={organisationName}
              current={assignment}
              onClose={() => close(true)}
            />
          }
        >
          {cellButton}
        </Popover>
      ) : (
        cellButton
      )}
    </td>
  );
});
