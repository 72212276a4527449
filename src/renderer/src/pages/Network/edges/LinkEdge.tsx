import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { edgeGeometry } from '../../../../../shared/network-export/geometry';
import type { ExportNode } from '../../../../../shared/network-export';
import type { SceneEdge } from '../scene';
import { useFarZoom } from '../nodes/useFarZoom';
import { canvasLineWidth, DIMMED_LINE_OPACITY } from '../palette';

export type LinkEdgeType = Edge<{ scene: SceneEdge; stroke: string; dash?: string; dimmed: boolean }, 'link'>;

/** The box of a drawn node, in the shape the shared geometry takes. */
const boxOf = (node: ReturnType<typeof useInternalNode>): ExportNode | null =>
  node
    ? {
        id: node.id,
        x: node.internals.positionAbsolute.x,
        y: node.internals.positionAbsolute.y,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
        label: '',
        fill: '',
        stroke: '',
        shape: 'organisation',
      }
    : null;

/**
 * A link (or several folded into one line to a block), drawn border to border with the
 * same geometry as the exports, so the printed picture is the one on screen.
 */
export const LinkEdge = memo(({ id, source, target, data, selected }: EdgeProps<LinkEdgeType>) => {
  // Far out, dashes are not legible and painting them is slow without a GPU.
  const far = useFarZoom();
  const s = boxOf(useInternalNode(source));
  const t = boxOf(useInternalNode(target));
  if (!s || !t || !data) return null;
  const geometry = edgeGeometry(
    { id, sourceId: source, targetId: target, stroke: data.stroke, curvature: data.scene.curvature },
    s,
    t,
  );
  if (!geometry) return null;
  const count = data.scene.linkIds.length;
  return (
    <>
      <BaseEdge
        id={id}
        path={geometry.d}
        interactionWidth={14}
        style={{
          stroke: data.stroke,
          strokeDasharray: far ? undefined : data.dash,
          strokeWidth: canvasLineWidth(count, selected),
          opacity: data.dimmed ? DIMMED_LINE_OPACITY : 1,
        }}
      />
      {count > 1 ? (
        <EdgeLabelRenderer>
          <div
            className="kenes-edge-count"
            style={{
              transform: `translate(-50%, -50%) translate(${geometry.labelAt.x}px, ${geometry.labelAt.y}px)`,
            }}
          >
            {count}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
LinkEdge.displayName = 'LinkEdge';
