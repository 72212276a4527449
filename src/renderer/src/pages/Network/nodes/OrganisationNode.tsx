import { memo } from 'react';
import { Handle, Position, useConnection, type Node, type NodeProps } from '@xyflow/react';
import { i18n } from '../../../i18n';
import { SectorIcon } from './sectorIcons';
import { useFarZoom } from './useFarZoom';
import type { SceneNode } from '../scene';

export type OrganisationNodeType = Node<{ scene: SceneNode; editable: boolean }, 'organisation' | 'hub'>;

/**
 * An organisation: type icon and colour, short name, district. The handles only start
 * and end a drag-to-connect; lines themselves are drawn centre to centre (LinkEdge).
 */
export const OrganisationNode = memo(({ id, data, selected, type }: NodeProps<OrganisationNodeType>) => {
  // While a link is being dragged from another organisation, the whole box accepts it:
  // aiming at a small handle on a projector screen is not a fair test of a secretary.
  const dropTarget = useConnection((c) => c.inProgress && c.fromNode.id !== id);
  const far = useFarZoom();
  const { scene, editable } = data;
  // Zoomed out past reading distance, an organisation is drawn in the far picture
  // (far/FarPicture.tsx): its element stays empty, which on a 2,000-organisation network
  // saves creating and styling thousands of elements nobody sees. Selected, it is a
  // coloured box, to be dragged: no text or icon to lay out. No handles either: React Flow
  // knows where they are from the node itself (flowElements.ts, handlesOf).
  if (far && type !== 'hub')
    return selected ? (
      <div
        className={`kenes-node kenes-node-far is-selected${scene.match ? ' is-match' : ''}`}
        style={{ ['--node-colour' as string]: scene.colour }}
      />
    ) : null;
  const classes = [
    'kenes-node',
    type === 'hub' ? 'kenes-node-hub' : 'kenes-node-organisation',
    selected ? 'is-selected' : '',
    scene.match ? 'is-match' : '',
    scene.isolated ? 'is-isolated' : '',
  ].join(' ');
  return (
    <div className={classes} style={{ ['--node-colour' as string]: scene.colour }}>
      <Handle type="source" position={Position.Right} className="kenes-handle" isConnectable={editable} />
      <Handle type="target" position={Position.Left} className="kenes-handle" isConnectable={editable} />
      {dropTarget && editable ? (
        <Handle id="body" type="target" position={Position.Top} className="kenes-handle-body" />
      ) : null}
      <SectorIcon sector={scene.sector} />
      <div className="kenes-node-text">
        <div className="kenes-node-label">{scene.label}</div>
        {scene.sublabel ? <div className="kenes-node-sublabel">{scene.sublabel}</div> : null}
      </div>
      {scene.isolated ? (
        // i18n itself rather than useTranslation(): 2,000 nodes each subscribing to language
        // changes cost a fifth of a second to mount. A new language gives every node a new
        // accessible name, so the node is drawn again then anyway.
        <span className="kenes-node-flag" title={i18n.t('network.isolatedFlag')}>
          {i18n.t('network.isolatedShort')}
        </span>
      ) : null}
    </div>
  );
});
OrganisationNode.displayName = 'OrganisationNode';
