import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Empty, Flex, Pagination, Skeleton, Tag, Typography } from 'antd';
import { CheckOutlined, FileTextOutlined, StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SectorCode } from '../../../../shared/reference';
import { describeApiError } from '../../lib/errors';
import { useLabels } from '../../lib/labels';
import type { ModuleData } from './useModuleData';
import { CoveragePanel } from './CoveragePanel';
import { MatrixFilters } from './MatrixFilters';
import { MatrixTable, type EditingCell } from './MatrixTable';
import {
  cellId,
  indexAssignments,
  matrixRows,
  noFilters,
  pageOf,
  type MatrixFilters as Filters,
} from './matrixModel';

const PAGE_SIZES = [25, 50, 100];

/** Where the focus goes once the rows a coverage link asked for are on screen. */
interface PendingFocus {
  organisationId: string | null;
  moduleNumber: number;
}

/** The coverage warnings above the matrix they point into. */
export const AssignmentTab = ({ data }: { data: ModuleData }) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const [highlightedModuleId, setHighlightedModuleId] = useState<string | null>(null);
  const [focusedOrganisationId, setFocusedOrganisationId] = useState<string | null>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const matrixTop = useRef<HTMLDivElement>(null);

  const modules = useMemo(() => data.modules.data ?? [], [data.modules.data]);
  const organisations = useMemo(() => data.organisations.data ?? [], [data.organisations.data]);
  const assignments = useMemo(() => indexAssignments(modules), [modules]);
  const rows = useMemo(
    () => matrixRows(organisations, filters, assignments),
    [organisations, filters, assignments],
  );
  const lastPage = Math.max(1, Math.ceil(rows.length / pageSize));
  const currentPage = Math.min(page, lastPage);
  const pageRows = rows.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const moduleNumber = (id: string | null) => modules.find((m) => m.id === id)?.number ?? null;

  // A coverage link changes filters or page first; the cell to focus exists only after that render.
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    const organisationId = wanted.organisationId ?? pageRows[0]?.id;
    const cell = organisationId ? document.getElementById(cellId(organisationId, wanted.moduleNumber)) : null;
    if (!cell && data.organisations.loading) return;
    pendingFocus.current = null;
    if (cell) {
      cell.scrollIntoView({ block: 'center', inline: 'center' });
      cell.focus({ preventScroll: true });
    } else {
      matrixTop.current?.scrollIntoView({ block: 'start' });
    }
  });

  const show = (next: Filters, focus: PendingFocus | null) => {
    setEditing(null);
    setFilters(next);
    setPage(1);
    pendingFocus.current = focus;
    if (!focus) matrixTop.current?.scrollIntoView({ block: 'start' });
  };

  const onModule = (moduleId: string) => {
    setHighlightedModuleId(moduleId);
    setFocusedOrganisationId(null);
    show(noFilters, { organisationId: null, moduleNumber: moduleNumber(moduleId) ?? 1 });
  };

  const onModuleSector = (moduleId: string, sector: SectorCode) => {
    setHighlightedModuleId(moduleId);
    setFocusedOrganisationId(null);
    show(
      { ...noFilters, sectors: [sector] },
      { organisationId: null, moduleNumber: moduleNumber(moduleId) ?? 1 },
    );
  };

  const onOrganisation = (organisationId: string) => {
    const all = matrixRows(organisations, noFilters, assignments);
    setFocusedOrganisationId(organisationId);
    show(noFilters, { organisationId, moduleNumber: moduleNumber(highlightedModuleId) ?? 1 });
    setPage(pageOf(all, organisationId, pageSize) ?? 1);
  };

  const onShowUnassigned = () => {
    setFocusedOrganisationId(null);
    show({ ...noFilters, onlyUnassigned: true }, null);
  };

  const loadError = data.modules.error ?? data.organisations.error;
  const loaded = data.modules.data !== undefined && data.organisations.data !== undefined;
  const partners = organisations.filter((o) => !o.isCouncilHub).length;
  const sectorIsEmpty =
    filters.sectors.length > 0 &&
    !organisations.some((o) => filters.sectors.includes(o.sector as SectorCode));
  const highlightedNumber = moduleNumber(highlightedModuleId);
  const focusedName = organisations.find((o) => o.id === focusedOrganisationId);

  const empty = !loaded ? null : partners === 0 ? (
    <Empty description={t('moduleMatrix.matrix.emptyRegistry')}>
      <Button onClick={() => void navigate('/organisations')}>{t('moduleMatrix.matrix.openRegistry')}</Button>
    </Empty>
  ) : sectorIsEmpty ? (
    <Empty description={t('moduleMatrix.matrix.noSectorYet')}>
      <Button onClick={() => void navigate('/organisations')}>{t('moduleMatrix.matrix.openRegistry')}</Button>
    </Empty>
  ) : (
    <Empty description={t('moduleMatrix.matrix.noMatch')}>
      <Button onClick={() => setFilters(noFilters)}>{t('moduleMatrix.filters.clear')}</Button>
    </Empty>
  );

  return (
    <Flex vertical gap={16}>
      {data.coverage.error ? (
        <Alert type="error" showIcon title={describeApiError(data.coverage.error)} />
      ) : null}
      <CoveragePanel
        coverage={data.coverage.data}
        modules={modules}
        onModule={onModule}
        onModuleSector={onModuleSector}
        onOrganisation={onOrganisation}
        onShowUnassigned={onShowUnassigned}
      />
      <section aria-labelledby="matrix-title" className="kenes-matrix-section">
        <div ref={matrixTop} />
        <Typography.Title level={2} id="matrix-title" className="kenes-section-title">
          {t('moduleMatrix.matrix.title')}
        </Typography.Title>
        <MatrixFilters
          filters={filters}
          onChange={(patch) => {
            setFilters((f) => ({ ...f, ...patch }));
            setPage(1);
          }}
          onClear={() => setFilters(noFilters)}
          facets={data.facets.data}
          count={loaded ? rows.length : undefined}
        />
        <Flex wrap gap={16} align="center" className="kenes-matrix-legend">
          <span className="kenes-matrix-legend-title">{t('moduleMatrix.matrix.legendTitle')}:</span>
          <span>
            <StarFilled aria-hidden className="kenes-matrix-lead-icon" />{' '}
            {t('moduleMatrix.matrix.legendLead')}
          </span>
          <span>
            <CheckOutlined aria-hidden className="kenes-matrix-participant-icon" />{' '}
            {t('moduleMatrix.matrix.legendParticipant')}
          </span>
          <span>
            <FileTextOutlined aria-hidden /> {t('moduleMatrix.matrix.legendTasks')}
          </span>
          <Typography.Text type="secondary">{t('moduleMatrix.matrix.keyboardHint')}</Typography.Text>
          {highlightedNumber ? (
            <span role="status">
              <Tag color="gold">{t('moduleMatrix.matrix.highlighted', { n: highlightedNumber })}</Tag>
              <Button size="small" type="link" onClick={() => setHighlightedModuleId(null)}>
                {t('moduleMatrix.matrix.clearHighlight')}
              </Button>
            </span>
          ) : null}
          {focusedName ? (
            <Tag color="gold">
              {t('moduleMatrix.matrix.focused', {
                name: focusedName.shortName || labels.organisationName(focusedName),
              })}
            </Tag>
          ) : null}
        </Flex>
        {loadError && !loaded ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('moduleMatrix.matrix.loadFailed', { reason: describeApiError(loadError) })}
          />
        ) : null}
        {!loaded && !loadError ? <Skeleton active /> : null}
        {loaded && pageRows.length ? (
          <>
            <MatrixTable
              rows={pageRows}
              modules={modules}
              assignments={assignments}
              editing={editing}
              onEditing={setEditing}
              highlightedModuleId={highlightedModuleId}
              focusedOrganisationId={focusedOrganisationId}
              onHighlightModule={(id) => setHighlightedModuleId((current) => (current === id ? null : id))}
            />
            <Pagination
              className="kenes-matrix-pagination"
              current={currentPage}
              pageSize={pageSize}
              total={rows.length}
              pageSizeOptions={PAGE_SIZES}
              showSizeChanger
              hideOnSinglePage={rows.length <= PAGE_SIZES[0]!}
              onChange={(next, size) => {
                setEditing(null);
                setPage(next);
                setPageSize(size);
              }}
            />
          </>
        ) : (
          empty
        )}
      </section>
    </Flex>
  );
};
