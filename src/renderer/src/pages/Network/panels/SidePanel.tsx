import { useState } from 'react';
import { Empty, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../../../shared/model';
import type { Scene, SceneEdge, SceneFilters, SceneNode } from '../scene';

import type { StoredPosition } from '../usePositions';
import { OrganisationInspector } from './OrganisationInspector';
import { LinkInspector } from './LinkInspector';
import { GroupInspector } from './GroupInspector';
import { FiltersPanel } from './FiltersPanel';
import { AnalysisPanel } from './AnalysisPanel';
import { AgreementCard } from './AgreementCard';
import { AGREEMENT_KIND } from '../scene';

interface Props {
  snapshot: NetworkSnapshot;
  scene: Scene;
  filters: SceneFilters;
  selectedNode: SceneNode | undefined;
  selectedEdge: SceneEdge | undefined;
  selectionCount: number;
  stored: Record<string, StoredPosition>;
  onFilters: (filters: SceneFilters) => void;
  onSaved: () => void;
  onPin: (id: string, pinned: boolean) => void;
  onFocus: (id: string, steps: number | null) => void;
  onDelete: () => void;
  onShow: (id: string) => void;
  onExpand: (groupId: string) => void;
  onOpenAgreement: (agreementId: string) => void;
}

/** The side panel: the selection's inspector, the filters, and what the network's shape says. */
export const SidePanel = (p: Props) => {
  const { t } = useTranslation();
  const [tab, setTab] = useState('inspector');
  const selected = p.selectedNode?.id ?? p.selectedEdge?.id ?? null;
  const [shownFor, setShownFor] = useState(selected);

  // Selecting something brings its inspector forward (adjusted while rendering, as
  // React advises for state that follows a prop).
  if (selected !== shownFor) {
    setShownFor(selected);
    if (selected) setTab('inspector');
  }

  const inspector = (() => {
    const node = p.selectedNode;
    if (node?.kind === 'group')
      return <GroupInspector node={node} snapshot={p.snapshot} onExpand={p.onExpand} />;
    if (node)
      return (
        <OrganisationInspector
          id={node.id}
          pinned={!!p.stored[node.id]?.pinned}
          focusSteps={p.filters.focus?.organisationId === node.id ? p.filters.focus.steps : null}
          onSaved={p.onSaved}
          onPin={(pinned) => p.onPin(node.id, pinned)}
          onFocus={(steps) => p.onFocus(node.id, steps)}
          onDelete={p.onDelete}
        />
      );
    const edge = p.selectedEdge;
    const agreementCard = (onLink: boolean) =>
      edge?.agreement ? (
        <AgreementCard
          agreement={edge.agreement}
          snapshot={p.snapshot}
          onLink={onLink}
          onOpen={p.onOpenAgreement}
        />
      ) : null;
    if (edge?.kind === AGREEMENT_KIND) return agreementCard(false);
    if (edge && edge.linkIds.length === 1 && edge.linkIds[0])
      return (
        <>
          {agreementCard(true)}
          <LinkInspector
            id={edge.linkIds[0]}
            sourceId={edge.source}
            onSaved={p.onSaved}
            onDelete={p.onDelete}
          />
        </>
      );
    if (edge)
      return (
        <Typography.Paragraph>{t('network.foldedLink', { count: edge.linkIds.length })}</Typography.Paragraph>
      );
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          p.selectionCount > 1
            ? t('network.manySelected', { count: p.selectionCount })
            : t('network.nothingSelected')
        }
      />
    );
  })();

  return (
    <aside className="kenes-network-side" aria-label={t('network.sidePanel')}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        items={[
          { key: 'inspector', label: t('network.inspector'), children: inspector },
          {
            key: 'filters',
            label: t('network.filters'),
            children: <FiltersPanel snapshot={p.snapshot} filters={p.filters} onChange={p.onFilters} />,
          },
          {
            key: 'reading',
            label: t('network.reading'),
            children: <AnalysisPanel scene={p.scene} snapshot={p.snapshot} onShow={p.onShow} />,
          },
        ]}
      />
    </aside>
  );
};
