import '@xyflow/react/dist/style.css';
import './network.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Spin, type InputRef } from 'antd';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { describeApiError, describeFailure } from '../../lib/errors';
import { useLabels } from '../../lib/labels';
import { useKenesStore, selectDataChanged } from '../../store';
import { OrganisationFormDrawer, type OrganisationPlacement } from '../Organisations/OrganisationFormDrawer';
import { useRegistryData } from '../Organisations/useRegistryData';
import { AGREEMENT_KIND, buildScene, withDescendants, type SceneFilters } from './scene';
import { blockFrames, DASH_LIMIT, flowEdges, flowNodes } from './flowElements';
import { layoutFrames } from './layoutFrames';
import { useNetworkData } from './useNetworkData';
import { usePositions, type XY } from './usePositions';
import { useUndoRedo } from './useUndoRedo';
import { useLayoutAction } from './useLayoutAction';
import { useDeleteAction } from './useDeleteAction';
import { useViewActions } from './useViewActions';
import { usePresentation } from './usePresentation';
import { useNetworkExport } from './useNetworkExport';
import { useNetworkShortcuts } from './useNetworkShortcuts';
import { legendOf } from './legend';
import { legendTextsOf, linkKindNameOf } from './legendTexts';
import { NODE_SIZE } from './nodes/sizes';
import { FIT_ALL, NetworkCanvas, type CanvasSelection } from './NetworkCanvas';
import { NetworkToolbar } from './NetworkToolbar';
import { ConnectPopover } from './ConnectPopover';
import { SidePanel } from './panels/SidePanel';
import { Legend } from './panels/Legend';
import type { ColourBy } from './palette';
import type { LayoutKind } from './graph/layoutModel';
import type { NetworkViewport } from '../../../../shared/api/views';
import type { AgreementStatus } from '../../../../shared/domain/enums';

/** `fn`, remembering its answer for each key it has been asked. */
const memoised = (fn: (key: string) => string): ((key: string) => string) => {
  const answers = new Map<string, string>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = fn(key)));
    return answer;
  };
};

interface PendingLink {
  sourceId: string;
  targetId: string;
  at: { x: number; y: number };
}

const noSelection: CanvasSelection = { nodeIds: [], edgeIds: [] };

/** A view's viewport is the service's {0, 0, 1} until the user first pans or zooms it. */
const isSavedViewport = (v: NetworkViewport): boolean => v.x !== 0 || v.y !== 0 || v.zoom !== 1;

/** The council's network as an editable picture: every node an organisation, every line a link. */
export const NetworkPage = () => (
  <ReactFlowProvider>
    <NetworkWorkspace />
  </ReactFlowProvider>
);

const NetworkWorkspace = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const flow = useReactFlow();
  const navigate = useNavigate();
  const openAgreement = useCallback((id: string) => void navigate(`/agreements/${id}`), [navigate]);
  const dataChanged = useKenesStore(selectDataChanged);
  const { snapshot, views, view, viewError, chooseView } = useNetworkData();
  const registry = useRegistryData();
  const undoRedo = useUndoRedo();
  const searchRef = useRef<InputRef>(null);
  const [search, setSearch] = useState('');
  const [selection, setSelection] = useState<CanvasSelection>(noSelection);
  const [pendingLink, setPendingLink] = useState<PendingLink | null>(null);
  const [creating, setCreating] = useState<{ at: XY | null } | null>(null);
  const {
    ref: presentationRef,
    active: presenting,
    enter: present,
  } = usePresentation(views.data ?? [], view?.id ?? null, chooseView);

  const filters: SceneFilters = useMemo(() => view?.filters ?? {}, [view]);
  const colourBy: ColourBy = view?.display.colourBy ?? 'sector';
  const expanded = useMemo(() => new Set(view?.display.expandedGroupIds ?? []), [view]);

  const scene = useMemo(
    () =>
      snapshot.data
        ? buildScene(snapshot.data, { filters, expandedGroupIds: expanded, colourBy, search }, labels.lang)
        : undefined,
    [snapshot.data, filters, expanded, colourBy, search, labels.lang],
  );
  const { positions, stored, moveLocally, unsaved } = usePositions(scene, snapshot.data, view);
  const viewActions = useViewActions(view, moveLocally, chooseView);
  /**
   * A move saves the moved nodes; in a view never saved before it saves the whole
   * picture with them, or the others would lose their computed places on the next start.
   */
  const move = useCallback(
    (moved: ReadonlyMap<string, XY>, pins?: ReadonlyMap<string, boolean>) =>
      viewActions.move(unsaved && positions ? new Map([...positions, ...moved]) : moved, pins),
    [viewActions, unsaved, positions],
  );

  // A grouped layout frames its groups (types, districts, modules); otherwise the opened
  // blocks are framed. Both at once would draw boxes across each other.
  const frames = useMemo(() => {
    if (!scene || !positions) return [];
    const byLayout = layoutFrames(
      view?.layout ?? 'manual',
      scene,
      snapshot.data,
      positions,
      labels,
      t('network.noneLabel'),
    );
    return byLayout.length > 0 ? byLayout : blockFrames(scene, positions);
  }, [scene, positions, view?.layout, snapshot.data, labels, t]);

  const matches = useMemo(() => scene?.nodes.filter((n) => n.match) ?? [], [scene]);
  const dimmed = useMemo(
    () => (search.trim() && scene ? new Set(scene.nodes.filter((n) => !n.match).map((n) => n.id)) : null),
    [scene, search],
  );

  /** A block just opened: once its organisations are placed, the view goes to them. */
  const [centreOnGroup, setCentreOnGroup] = useState<string | null>(null);
  const expand = useCallback(
    (groupId: string) => {
      setCentreOnGroup(groupId);
      viewActions.setDisplay({ colourBy, expandedGroupIds: [...expanded, groupId] });
    },
    [viewActions, colourBy, expanded],
  );
  const collapse = useCallback(
    (groupId: string) => {
      // Folding a block folds what was opened inside it too.
      const inside = withDescendants(snapshot.data?.groups ?? [], [groupId]);
      viewActions.setDisplay({ colourBy, expandedGroupIds: [...expanded].filter((id) => !inside.has(id)) });
    },
    [viewActions, colourBy, expanded, snapshot.data],
  );

  const editable = !presenting;
  const nodes = useMemo(() => {
    // A translated type name per type, not per node: i18next lookups add up on 2,000 nodes.
    const typeName = memoised((code: string) => labels.typeName(code));
    return scene && positions
      ? flowNodes(
          scene,
          positions,
          frames,
          { onExpand: expand, onCollapse: collapse },
          {
            editable,
            dimmedIds: dimmed,
            ariaLabel: (n) =>
              n.kind === 'group'
                ? t('network.a11yGroup', { name: n.sublabel, count: n.count })
                : [
                    n.organisation ? labels.organisationName(n.organisation) : n.label,
                    typeName(n.typeCode),
                    n.sublabel,
                  ]
                    .filter(Boolean)
                    .join(', '),
          },
        )
      : [];
  }, [scene, positions, frames, expand, collapse, editable, dimmed, t, labels]);
  const kindName = useMemo(() => linkKindNameOf(t, labels), [t, labels]);
  const statusName = useCallback((status: AgreementStatus) => t(`agreements.status.${status}`), [t]);
  const edges = useMemo(() => {
    // One sentence per kind and count of links, not one i18next call per line (5,000 of them).
    const linkName = memoised((key: string) => {
      const [kind = '', count = '1'] = key.split('\n');
      return t('network.a11yEdge', { kind: kindName(kind), count: Number(count) });
    });
    return scene
      ? flowEdges(scene, {
          editable,
          dimmedIds: dimmed,
          ariaLabel: (e) =>
            e.kind === AGREEMENT_KIND && e.agreement
              ? t('network.a11yAgreementEdge', {
                  number: e.agreement.number,
                  title: e.agreement.title,
                  status: statusName(e.agreement.status),
                })
              : linkName(`${e.kind}\n${e.linkIds.length}`),
        })
      : [];
  }, [scene, editable, dimmed, t, kindName, statusName]);
  const legend = useMemo(
    () => (scene ? legendOf(scene, colourBy, legendTextsOf(t, labels, colourBy)) : []),
    [scene, colourBy, t, labels],
  );

  const fitAll = useCallback(() => {
    // After the glide into place (NetworkCanvas animates for 450 ms).
    setTimeout(() => void flow.fitView({ ...FIT_ALL, duration: 500, padding: 0.08 }), 500);
  }, [flow]);
  const layout = useLayoutAction({
    scene,
    snapshot: snapshot.data,
    positions,
    stored,
    view,
    moveLocally,
    onDone: fitAll,
  });
  const remove = useDeleteAction(scene, snapshot.data);
  const exporter = useNetworkExport({ scene, positions, frames, legend, view, snapshot: snapshot.data });

  // The canvas is memoised: what it is handed stays the same until it really changes, so a
  // click elsewhere on the page (the layout menu, the side panel) does not redraw it.
  const requestLink = useCallback(
    (sourceId: string, targetId: string, at: { x: number; y: number }) =>
      setPendingLink({ sourceId, targetId, at }),
    [],
  );
  const createAt = useCallback((at: XY) => setCreating({ at }), []);
  const requestDelete = useCallback((s: CanvasSelection) => void remove(s), [remove]);

  /** Panning and zooming are remembered per view but are not edits: no history, no reload. */
  const saveViewport = useCallback(
    (viewport: NetworkViewport) => {
      if (view) void api.views.setViewport({ id: view.id, viewport }).catch(() => undefined);
    },
    [view],
  );

  const centreOn = useCallback(
    (ids: string[]) => {
      if (ids.length === 0) return;
      void flow.fitView({
        ...FIT_ALL,
        nodes: ids.map((id) => ({ id })),
        duration: 500,
        maxZoom: 1.4,
        padding: 0.4,
      });
    },
    [flow],
  );

  useEffect(() => {
    const frame = centreOnGroup ? scene?.frames.find((f) => f.groupId === centreOnGroup) : undefined;
    if (!frame || !positions) return;
    // After the glide into place (NetworkCanvas animates for 450 ms). Should the places
    // change again meanwhile, this runs again with the newer ones.
    const timer = setTimeout(() => {
      setCentreOnGroup(null);
      centreOn(frame.memberNodeIds);
    }, 500);
    return () => clearTimeout(timer);
  }, [centreOnGroup, scene, positions, centreOn]);

  // After the user narrows or widens the picture, frame what is left: filtered down to one
  // district, its few organisations may all lie outside the window. Switching views keeps
  // each view's own saved viewport, so only a filter the user set here refits.
  const refitView = useRef<string | null>(null);
  const filterBy = useCallback(
    (next: SceneFilters) => {
      refitView.current = view?.id ?? null;
      viewActions.setFilters(next);
    },
    [viewActions, view?.id],
  );
  useEffect(() => {
    const wanted = refitView.current;
    refitView.current = null;
    if (!wanted || wanted !== view?.id) return;
    const timer = setTimeout(
      () => void flow.fitView({ ...FIT_ALL, duration: 400, padding: 0.12, maxZoom: 1.2 }),
      100,
    );
    return () => clearTimeout(timer);
  }, [filters, flow, view?.id]);

  // Entering or leaving a presentation changes the window's size: show the whole picture.
  // Not on opening the page, which keeps the view's saved viewport.
  const presentedBefore = useRef(presenting);
  useEffect(() => {
    if (presentedBefore.current === presenting) return;
    presentedBefore.current = presenting;
    const timer = setTimeout(() => void flow.fitView({ ...FIT_ALL, duration: 400, padding: 0.06 }), 350);
    return () => clearTimeout(timer);
  }, [presenting, flow]);

  useNetworkShortcuts({
    enabled: !presenting,
    onSearch: useCallback(() => searchRef.current?.focus(), []),
    onUndo: undoRedo.undo,
    onRedo: undoRedo.redo,
  });

  const createLink = async (kind: string) => {
    if (!pendingLink) return;
    const { sourceId, targetId } = pendingLink;
    setPendingLink(null);
    try {
      await api.links.create({ sourceId, targetId, kind });
      void message.success(t('network.linkCreated'));
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  /** The new node goes where the user double-clicked; an unsaved view is saved whole with it. */
  const placementAt = (viewId: string, at: XY): OrganisationPlacement => ({
    viewId,
    // The click is where the new box's centre goes.
    at: {
      x: Math.round(at.x - NODE_SIZE.organisation.width / 2),
      y: Math.round(at.y - NODE_SIZE.organisation.height / 2),
    },
    others:
      unsaved && positions
        ? Object.fromEntries(
            [...positions].map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]),
          )
        : undefined,
  });

  const nameOf = (id: string) => {
    const o = snapshot.data?.organisations.find((org) => org.id === id);
    return o ? o.shortName || labels.organisationName(o) : '';
  };

  if (snapshot.error || viewError) {
    return <Alert type="error" showIcon title={describeApiError((snapshot.error ?? viewError)!)} />;
  }

  const selectedNode =
    selection.nodeIds.length === 1 ? scene?.nodes.find((n) => n.id === selection.nodeIds[0]) : undefined;
  const selectedEdge =
    selection.nodeIds.length === 0 && selection.edgeIds.length === 1
      ? scene?.edges.find((e) => e.id === selection.edgeIds[0])
      : undefined;

  return (
    <div ref={presentationRef} className={`kenes-network${presenting ? ' is-presenting' : ''}`}>
      {presenting ? (
        <div className="kenes-presentation-bar" role="status">
          <strong>{view?.name}</strong>
          <span>{t('network.presentationHint')}</span>
        </div>
      ) : (
        <NetworkToolbar
          searchRef={searchRef}
          search={search}
          matchCount={matches.length}
          colourBy={colourBy}
          views={views.data ?? []}
          viewId={view?.id ?? null}
          undo={{ can: undoRedo.canUndo, label: undoRedo.undoLabel, run: undoRedo.undo }}
          redo={{ can: undoRedo.canRedo, label: undoRedo.redoLabel, run: undoRedo.redo }}
          busy={layout.busy}
          onSearch={setSearch}
          onFindNext={() => centreOn(matches.map((n) => n.id))}
          onAdd={() => setCreating({ at: null })}
          onLayout={(kind: LayoutKind) => void layout.apply(kind)}
          onColourBy={(by) => viewActions.setDisplay({ colourBy: by, expandedGroupIds: [...expanded] })}
          onChooseView={chooseView}
          onSaveViewAs={() =>
            viewActions.saveAs(
              filters,
              { colourBy, expandedGroupIds: [...expanded] },
              positions,
              flow.getViewport(),
            )
          }
          onViewMenu={(action) =>
            action === 'rename' ? viewActions.rename() : viewActions.remove(views.data ?? [])
          }
          onPresent={present}
          onExport={(format) => void exporter.run(format)}
        />
      )}
      <div className="kenes-network-body">
        <div className="kenes-network-canvas-wrap">
          {!scene || !positions || !view ? (
            <Spin className="kenes-network-spin" tip={t('app.loading')}>
              <div />
            </Spin>
          ) : (
            <NetworkCanvas
              // Each view opens on its own: its saved viewport, or the whole picture.
              key={view.id}
              viewport={isSavedViewport(view.viewport) ? view.viewport : null}
              onViewportEnd={saveViewport}
              nodes={nodes}
              edges={edges}
              editable={editable}
              onMoved={move}
              onConnectRequest={requestLink}
              onPaneDoubleClick={createAt}
              onDeleteRequest={requestDelete}
              onSelectionChange={setSelection}
              onOpenAgreement={openAgreement}
            />
          )}
          <Legend sections={legend} solidLines={edges.length > DASH_LIMIT} />
          {scene && scene.hiddenCount > 0 && !presenting ? (
            <div className="kenes-network-hidden" role="status">
              {t('network.hiddenByFilters', { count: scene.hiddenCount })}
            </div>
          ) : null}
        </div>
        {presenting || !snapshot.data || !scene ? null : (
          <SidePanel
            snapshot={snapshot.data}
            scene={scene}
            filters={filters}
            selectedNode={selectedNode}
            selectedEdge={selectedEdge}
            selectionCount={selection.nodeIds.length + selection.edgeIds.length}
            stored={stored}
            onFilters={filterBy}
            onSaved={dataChanged}
            onPin={(id, pinned) => {
              const p = positions?.get(id);
              if (p) move(new Map([[id, p]]), new Map([[id, pinned]]));
            }}
            onFocus={(id, steps) =>
              filterBy({ ...filters, focus: steps ? { organisationId: id, steps } : null })
            }
            onDelete={() => void remove(selection)}
            onShow={(id) => centreOn([id])}
            onExpand={expand}
            onOpenAgreement={openAgreement}
          />
        )}
      </div>
      {pendingLink ? (
        <ConnectPopover
          at={pendingLink.at}
          sourceName={nameOf(pendingLink.sourceId)}
          targetName={nameOf(pendingLink.targetId)}
          onChoose={(kind) => void createLink(kind)}
          onCancel={() => setPendingLink(null)}
        />
      ) : null}
      {creating ? (
        <OrganisationFormDrawer
          target={{
            mode: 'create',
            placement: creating.at && view ? placementAt(view.id, creating.at) : undefined,
          }}
          facets={registry.facets.data}
          groups={registry.groups.data}
          onClose={() => setCreating(null)}
          onSaved={(saved) => {
            setCreating(null);
            void message.success(t('registry.createdDone', { name: saved.nameKk }));
            dataChanged();
          }}
        />
      ) : null}
      {exporter.progress}
    </div>
  );
};
