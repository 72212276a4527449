import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
  type Viewport,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { OrganisationNode } from './nodes/OrganisationNode';
import { GroupNode } from './nodes/GroupNode';
import { FrameNode } from './nodes/FrameNode';
import { LinkEdge } from './edges/LinkEdge';
import { FarPicture } from './far/FarPicture';
import { nodeAt } from './far/farPicture';
import { LinePicture } from './lines/LinePicture';
import { LINE_PICTURE_LIMIT, lineAt, planLinePicture } from './lines/linePicture';
import { interpolatePositions } from './graph/animate';
import type { XY } from './usePositions';
import { isTyping } from './keyboard';
import { AGREEMENT_KIND, type SceneEdge } from './scene';
import { useFarZoom } from './nodes/useFarZoom';
import { keepUnchanged } from './stableElements';
import { prefersReducedMotion } from '../../lib/useReducedMotion';

const FAR_VIEWPORT = { x: 0, y: 0, zoom: 0.1 };
/**
 * Every fit of the view counts every node by its fixed size. Far out, organisations are
 * drawn in the picture, never measured as elements, and React Flow's fit would otherwise
 * leave out what it has not measured (its option's name says "hidden" for that).
 */
export const FIT_ALL = { includeHiddenNodes: true } as const;
// Props React Flow gets are kept the same from render to render: a new object or function
// there is copied into its store, and every one of thousands of nodes and lines then
// checks whether it concerns them (half a second on a 2,000-organisation network).
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const isValidConnection = (c: Edge | Connection) => c.source !== c.target;

const nodeTypes = {
  organisation: OrganisationNode,
  hub: OrganisationNode,
  block: GroupNode,
  frame: FrameNode,
};
const edgeTypes = { link: LinkEdge };

/** How near a line, in screen pixels, a click still picks it: React Flow's own reach for a line (interactionWidth 14). */
const LINE_REACH_PX = 7;

const ANIMATION_MS = 450;
const GLIDE_LIMIT = 400;
const NUDGE = 10;
const NUDGE_FAR = 50;
/** Arrow-key nudges are saved together once the keys rest, as one undoable move. */
const NUDGE_SAVE_DELAY_MS = 600;

export interface CanvasSelection {
  nodeIds: string[];
  edgeIds: string[];
}

interface Props {
  /** Where the view was last looked at; null shows the whole network. */
  viewport: Viewport | null;
  onViewportEnd: (viewport: Viewport) => void;
  nodes: Node[];
  edges: Edge[];
  editable: boolean;
  onMoved: (moved: Map<string, XY>) => void;
  onConnectRequest: (sourceId: string, targetId: string, at: { x: number; y: number }) => void;
  onPaneDoubleClick: (at: XY) => void;
  /** A line drawn for an agreement was clicked: the agreement opens. */
  onOpenAgreement: (agreementId: string) => void;
  onDeleteRequest: (selection: CanvasSelection) => void;
  onSelectionChange: (selection: CanvasSelection) => void;
}

const isMovable = (n: Node) => n.type !== 'frame';

/**
 * The React Flow canvas. It animates between the positions it is given (a layout, an
 * undo), lets the user drag, nudge, box-select and connect, and reports each finished
 * gesture once so the page can save it as one undoable step.
 */
export const NetworkCanvas = memo((props: Props) => {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const store = useStoreApi();
  const far = useFarZoom();
  // Mounted with its nodes: 2,000 nodes added to an already drawn, empty canvas cost React
  // a search for each one's place among the others (a tenth of a second, for nothing).
  const [nodes, setNodes] = useState<Node[]>(() => props.nodes.map((n) => ({ ...n, selected: false })));
  const shown = useRef<Node[]>(nodes);
  const animation = useRef<number | null>(null);
  const nudged = useRef(new Map<string, XY>());
  const nudgeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { onMoved, onConnectRequest, onOpenAgreement, onPaneDoubleClick, onViewportEnd, editable } = props;

  // New positions from the page: keep what is selected, and glide from where things are.
  useEffect(() => {
    const selected = new Set(shown.current.filter((n) => n.selected).map((n) => n.id));
    const from = new Map(shown.current.map((n) => [n.id, n.position]));
    const to = new Map(props.nodes.map((n) => [n.id, n.position]));
    // Unchanged nodes keep their objects, so React Flow redraws only what differs.
    const target = keepUnchanged(
      shown.current,
      props.nodes.map((n) => ({ ...n, selected: selected.has(n.id) })),
    );
    const moves = [...to].some(([id, p]) => {
      const f = from.get(id);
      return f !== undefined && (Math.abs(f.x - p.x) > 0.5 || Math.abs(f.y - p.y) > 0.5);
    });
    if (animation.current !== null) cancelAnimationFrame(animation.current);
    const reduceMotion = prefersReducedMotion();
    // A glide re-renders every node on every frame: past a few hundred nodes that costs
    // more than it shows, so a large network jumps to its new places.
    if (!moves || reduceMotion || target.length > GLIDE_LIMIT) {
      if (target === shown.current) return;
      shown.current = target;
      setNodes(target);
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / ANIMATION_MS);
      const at = interpolatePositions(from, to, progress);
      const frame = target.map((n) => ({ ...n, position: at.get(n.id) ?? n.position }));
      shown.current = frame;
      setNodes(frame);
      animation.current = progress < 1 ? requestAnimationFrame(step) : null;
    };
    animation.current = requestAnimationFrame(step);
  }, [props.nodes]);

  useEffect(
    () => () => {
      if (animation.current !== null) cancelAnimationFrame(animation.current);
    },
    [],
  );

  // The same for the lines: a save that changed one link leaves the other lines alone.
  // (React's "adjust state when a prop changes" pattern: set during render, no effect.)
  // A selected line stays selected when the page hands new lines.
  const [edges, setEdges] = useState<Edge[]>(props.edges);
  const [edgesFrom, setEdgesFrom] = useState<Edge[]>(props.edges);
  if (edgesFrom !== props.edges) {
    setEdgesFrom(props.edges);
    const selected = new Set(edges.filter((e) => e.selected).map((e) => e.id));
    const next =
      selected.size === 0
        ? props.edges
        : props.edges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
    setEdges(keepUnchanged(edges, next));
  }

  // Only selection is taken from React Flow: lines are removed by the page, after asking.
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selections = changes.filter((c) => c.type === 'select');
    if (selections.length > 0) setEdges((current) => applyEdgeChanges(selections, current));
  }, []);

  // Far out, the lines are part of one picture (FarPicture), and so are a large network's
  // lines close up (LinePicture); React Flow keeps only the selected ones. Left out rather
  // than hidden: a hidden edge still has a wrapper that works out its ends on every store
  // update, which for 5,000 lines was most of each frame of a pan.
  const linesPictured = !far && edges.length > LINE_PICTURE_LIMIT;
  const flowEdges = useMemo(
    () => (far || linesPictured ? edges.filter((e) => e.selected) : edges),
    [far, linesPictured, edges],
  );
  const linePlan = useMemo(
    () => (linesPictured ? planLinePicture(nodes, edges) : null),
    [linesPictured, nodes, edges],
  );
  const wrapper = useRef<HTMLDivElement>(null);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    setNodes((current) => {
      const next = applyNodeChanges(changes, current);
      shown.current = next;
      return next;
    });
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      onMoved(new Map(dragged.filter(isMovable).map((n) => [n.id, n.position])));
    },
    [onMoved],
  );

  const flushNudges = useCallback(() => {
    if (nudged.current.size === 0) return;
    onMoved(new Map(nudged.current));
    nudged.current.clear();
  }, [onMoved]);

  const nudge = (dx: number, dy: number) => {
    const moving = shown.current.filter((n) => n.selected && isMovable(n));
    if (moving.length === 0) return false;
    const next = shown.current.map((n) =>
      n.selected && isMovable(n) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n,
    );
    for (const n of next) if (n.selected && isMovable(n)) nudged.current.set(n.id, n.position);
    shown.current = next;
    setNodes(next);
    if (nudgeTimer.current) clearTimeout(nudgeTimer.current);
    nudgeTimer.current = setTimeout(flushNudges, NUDGE_SAVE_DELAY_MS);
    return true;
  };

  const arrows: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };

  // Captured before React Flow's own handlers: its arrow keys would move nodes without
  // telling us, and the move must become one saved, undoable step.
  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (isTyping(e.target)) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const arrow = arrows[e.key];
    if (arrow && props.editable) {
      const distance = e.shiftKey ? NUDGE_FAR : NUDGE;
      if (nudge(arrow[0] * distance, arrow[1] * distance)) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    if (ctrl && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      const next = shown.current.map((n) => ({ ...n, selected: isMovable(n) }));
      shown.current = next;
      setNodes(next);
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && props.editable) {
      const nodeIds = shown.current.filter((n) => n.selected && isMovable(n)).map((n) => n.id);
      const edgeIds = flow
        .getEdges()
        .filter((ed) => ed.selected)
        .map((ed) => ed.id);
      if (nodeIds.length + edgeIds.length > 0) {
        e.preventDefault();
        e.stopPropagation();
        props.onDeleteRequest({ nodeIds, edgeIds });
      }
    }
  };

  // React Flow reports the connection first and where the pointer let go after: keep
  // the one for the other, so the kind popover opens where the drag ended.
  const pending = useRef<Connection | null>(null);
  const onConnect = useCallback((c: Connection) => {
    pending.current = c;
  }, []);

  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const c = pending.current;
      pending.current = null;
      if (!c || !state.isValid) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      onConnectRequest(c.source, c.target, { x: point?.clientX ?? 200, y: point?.clientY ?? 200 });
    },
    [onConnectRequest],
  );

  const onEdgeClick = useCallback(
    (_event: unknown, edge: Edge) => {
      const line = (edge.data as { scene?: SceneEdge } | undefined)?.scene;
      if (line?.kind === AGREEMENT_KIND && line.agreement) onOpenAgreement(line.agreement.id);
    },
    [onOpenAgreement],
  );

  /** The line of the close-up picture under a pointer event, if any. */
  const pictureLineAt = useCallback(
    (e: { clientX: number; clientY: number }) =>
      linePlan
        ? lineAt(
            linePlan,
            flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }),
            LINE_REACH_PX / store.getState().transform[2],
          )
        : undefined,
    [flow, store, linePlan],
  );

  // A click on a line in the close-up picture selects it as a click on its element would
  // (with Shift or Ctrl, adds it or takes it out), and opens an agreement's. React Flow
  // clears the selection right after telling us of a click on the pane, so the new one is
  // made just after that.
  const selectPictureLine = useCallback(
    (e: React.MouseEvent): boolean => {
      const hit = pictureLineAt(e);
      if (!hit) return false;
      const edge = edges.find((ed) => ed.id === hit.id);
      if (edge) onEdgeClick(e, edge);
      if (!editable) return true;
      const { multiSelectionActive } = store.getState();
      const keptNodes = multiSelectionActive ? shown.current.filter((n) => n.selected).map((n) => n.id) : [];
      const keptEdges = multiSelectionActive ? edges.filter((ed) => ed.selected).map((ed) => ed.id) : [];
      const chosen = new Set(
        keptEdges.includes(hit.id) ? keptEdges.filter((id) => id !== hit.id) : [...keptEdges, hit.id],
      );
      queueMicrotask(() => {
        if (keptNodes.length > 0) store.getState().addSelectedNodes(keptNodes);
        setEdges((current) =>
          current.map((ed) =>
            chosen.has(ed.id) === Boolean(ed.selected) ? ed : { ...ed, selected: chosen.has(ed.id) },
          ),
        );
        // Focused, as a clicked line element is, so Delete reaches it; React Flow draws it
        // as an element by the next frame.
        if (chosen.has(hit.id))
          requestAnimationFrame(() =>
            wrapper.current
              ?.querySelector<SVGElement>(`.react-flow__edge[data-id="${CSS.escape(hit.id)}"]`)
              ?.focus({ preventScroll: true }),
          );
      });
      return true;
    },
    [edges, editable, onEdgeClick, pictureLineAt, store],
  );

  // Over a line of the close-up picture the pointer says it can be clicked, as over a line element.
  const onPaneMouseMove = useCallback(
    (e: React.MouseEvent) => {
      if (store.getState().paneDragging) return;
      wrapper.current?.classList.toggle('is-over-line', pictureLineAt(e) !== undefined);
    },
    [pictureLineAt, store],
  );
  const onPaneMouseLeave = useCallback(() => wrapper.current?.classList.remove('is-over-line'), []);

  const onDoubleClick = useCallback(
    (e: React.MouseEvent) => {
      const target = e.target as HTMLElement;
      if (!editable || !target.classList.contains('react-flow__pane')) return;
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Far out, an organisation is part of the picture on the pane, not an element over
      // it; close up in a large network, so are the lines.
      if (far && nodeAt(shown.current, at)) return;
      if (pictureLineAt(e)) return;
      onPaneDoubleClick(at);
    },
    [editable, far, flow, onPaneDoubleClick, pictureLineAt],
  );

  // Far out, a click on an organisation in the picture selects it as a click on its element
  // would (with Shift or Ctrl, adds it or takes it out). React Flow clears the selection
  // right after telling us of a click on the pane, so the new one is made just after that.
  const onFarPaneClick = useCallback(
    (e: React.MouseEvent) => {
      if (!far || !editable) return;
      const hit = nodeAt(shown.current, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      if (!hit) return;
      const { multiSelectionActive } = store.getState();
      const kept = multiSelectionActive ? shown.current.filter((n) => n.selected).map((n) => n.id) : [];
      const ids = kept.includes(hit.id) ? kept.filter((id) => id !== hit.id) : [...kept, hit.id];
      queueMicrotask(() => store.getState().addSelectedNodes(ids));
    },
    [editable, far, flow, store],
  );
  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      if (!selectPictureLine(e)) onFarPaneClick(e);
    },
    [selectPictureLine, onFarPaneClick],
  );

  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => onViewportEnd(viewport),
    [onViewportEnd],
  );

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('network.a11yNode'),
      'node.a11yDescription.keyboardDisabled': t('network.a11yNode'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { x: number; y: number }) =>
        t('network.a11yMoved', { x, y }),
      'edge.a11yDescription.default': t('network.a11yEdgeDescription'),
      'controls.ariaLabel': t('network.controls'),
      'controls.zoomIn.ariaLabel': t('network.zoomIn'),
      'controls.zoomOut.ariaLabel': t('network.zoomOut'),
      'controls.fitView.ariaLabel': t('network.fitView'),
      'controls.interactive.ariaLabel': t('network.controls'),
      'minimap.ariaLabel': t('network.minimap'),
      'handle.ariaLabel': t('network.handle'),
    }),
    [t],
  );

  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams) =>
      props.onSelectionChange({
        nodeIds: ns.filter(isMovable).map((n) => n.id),
        edgeIds: es.map((e) => e.id),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.onSelectionChange],
  );

  return (
    <div
      ref={wrapper}
      className={far ? 'kenes-canvas is-far' : 'kenes-canvas'}
      onKeyDownCapture={onKeyDownCapture}
    >
      <ReactFlow
        nodes={nodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={'loose' as never}
        onSelectionChange={onSelectionChange}
        onEdgeClick={onEdgeClick}
        onDoubleClick={onDoubleClick}
        onPaneClick={onPaneClick}
        onPaneMouseMove={linePlan ? onPaneMouseMove : undefined}
        onPaneMouseLeave={linePlan ? onPaneMouseLeave : undefined}
        zoomOnDoubleClick={false}
        nodesDraggable={props.editable}
        nodesConnectable={props.editable}
        elementsSelectable={props.editable}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        minZoom={0.05}
        maxZoom={3}
        // Close up, only what is in view is drawn. Far out nearly everything is in view, and
        // dropping and re-creating the few nodes at the edges on every pan and wheel step
        // cost more than drawing them as the plain boxes they are at that distance.
        onlyRenderVisibleElements={!far}
        fitView={props.viewport === null}
        fitViewOptions={FIT_ALL}
        // Without a saved viewport the first paint happens far out, where nodes are plain
        // boxes, and fitView then brings the picture in: painting 2,000 nodes and their
        // links at 100% before fitting took seconds without a GPU.
        defaultViewport={props.viewport ?? FAR_VIEWPORT}
        onMoveEnd={onMoveEnd}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={24} />
        <FarPicture nodes={nodes} edges={edges} />
        {linePlan ? <LinePicture plan={linePlan} /> : null}
        {props.editable ? (
          <>
            <MiniMap pannable zoomable ariaLabel={t('network.minimap')} nodeColor={minimapColour} />
            <Controls position="top-left" showInteractive={false} fitViewOptions={FIT_ALL} />
          </>
        ) : null}
      </ReactFlow>
    </div>
  );
});
NetworkCanvas.displayName = 'NetworkCanvas';

const minimapColour = (n: Node): string => {
  const scene = (n.data as { scene?: { colour: string } }).scene;
  return scene?.colour ?? 'transparent';
};
