import { useCallback, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import { Tag, Tooltip } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InteractionModule, OrganisationListItem } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { MatrixCell } from './MatrixCell';
import { cellId, type AssignmentIndex } from './matrixModel';

export interface EditingCell {
  organisationId: string;
  moduleNumber: number;
}

interface MatrixTableProps {
  rows: readonly OrganisationListItem[];
  modules: readonly InteractionModule[];
  assignments: AssignmentIndex;
  editing: EditingCell | null;
  onEditing: Dispatch<SetStateAction<EditingCell | null>>;
  highlightedModuleId: string | null;
  focusedOrganisationId: string | null;
  onHighlightModule: (moduleId: string) => void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

/**
 * Organisations × the 12 modules. A plain table: the header row and the names column
 * stay in place while the body scrolls (CSS sticky), and every cell is a button.
 */
export const MatrixTable = ({
  rows,
  modules,
  assignments,
  editing,
  onEditing,
  highlightedModuleId,
  focusedOrganisationId,
  onHighlightModule,
}: MatrixTableProps) => {
  const { t } = useTranslation();
  const labels = useLabels();

  const onEdit = useCallback(
    (organisationId: string, moduleNumber: number, open: boolean) =>
      // A cell closing after another opened (a click from one to the next) must not close the new one.
      onEditing((current) =>
        open
          ? { organisationId, moduleNumber }
          : current?.organisationId === organisationId && current.moduleNumber === moduleNumber
            ? null
            : current,
      ),
    [onEditing],
  );

  // Arrow keys walk the grid like a spreadsheet; Tab still visits every cell in order.
  const onArrow = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, organisationId: string, moduleNumber: number) => {
      const step = ARROWS[e.key];
      if (!step) return;
      const row = rows.findIndex((r) => r.id === organisationId) + step[0];
      const column = moduleNumber + step[1];
      const target = rows[row];
      if (!target || column < 1 || column > modules.length) return;
      e.preventDefault();
      document.getElementById(cellId(target.id, column))?.focus();
    },
    [rows, modules.length],
  );

  return (
    <div className="kenes-matrix-scroll" tabIndex={-1}>
      <table className="kenes-matrix" aria-label={t('moduleMatrix.matrix.label')}>
        <thead>
          <tr>
            <th scope="col" className="kenes-matrix-corner">
              {t('moduleMatrix.matrix.organisation')}
            </th>
            {modules.map((m) => {
              const name = t(
                m.leading ? 'moduleMatrix.matrix.leadingColumn' : 'moduleMatrix.matrix.columnName',
                {
                  n: m.number,
                  name: labels.text(m.name),
                },
              );
              const highlighted = m.id === highlightedModuleId;
              return (
                <th
                  key={m.id}
                  scope="col"
                  className={`kenes-matrix-head${m.leading ? ' kenes-matrix-leading' : ''}${
                    highlighted ? ' kenes-matrix-highlight' : ''
                  }`}
                >
                  <Tooltip title={name} placement="bottom">
                    <button
                      type="button"
                      className="kenes-matrix-head-button"
                      aria-label={name}
                      aria-pressed={highlighted}
                      onClick={() => onHighlightModule(m.id)}
                    >
                      <span className="kenes-matrix-number">{m.number}</span>
                      {m.leading ? (
                        <span className="kenes-matrix-leading-mark">
                          <StarFilled aria-hidden /> {t('moduleMatrix.matrix.leadingMark')}
                        </span>
                      ) : null}
                    </button>
                  </Tooltip>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const name = labels.organisationName(o);
            const label = o.shortName || name;
            const row = assignments.get(o.id);
            return (
              <tr key={o.id} className={o.id === focusedOrganisationId ? 'kenes-matrix-focused' : undefined}>
                <th scope="row" className="kenes-matrix-org">
                  <span className="kenes-matrix-org-short">{label}</span>
                  {o.isCouncilHub ? (
                    <Tag color="blue" className="kenes-matrix-hub">
                      {t('moduleMatrix.matrix.council')}
                    </Tag>
                  ) : null}
                  {label !== name ? (
                    <span className="kenes-matrix-org-name" title={name}>
                      {name}
                    </span>
                  ) : null}
                </th>
                {modules.map((m) => (
                  <MatrixCell
                    key={m.id}
                    moduleId={m.id}
                    moduleNumber={m.number}
                    organisationId={o.id}
                    organisationLabel={label}
                    organisationName={name}
                    assignment={row?.get(m.id)}
                    editing={editing?.organisationId === o.id && editing.moduleNumber === m.number}
                    highlighted={m.id === highlightedModuleId}
                    onEdit={onEdit}
                    onArrow={onArrow}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
