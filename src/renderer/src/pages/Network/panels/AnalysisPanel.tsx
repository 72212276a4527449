import { useMemo } from 'react';
import { Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../../../shared/model';
import { useLabels } from '../../../lib/labels';
import type { Scene } from '../scene';
import { bridges, degreeHubs, isolated } from '../graph/analysis';

const SHOWN = 8;

interface Props {
  scene: Scene;
  snapshot: NetworkSnapshot;
  onShow: (nodeId: string) => void;
}

/**
 * What the shape of the network says, over the organisations on screen: who holds most
 * links (hubs), who joins parts that would otherwise fall apart (bridges: highest
 * betweenness), and who has no link at all.
 */
export const AnalysisPanel = ({ scene, snapshot, onShow }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const { hubs, bridgeList, alone, nodeOf, byId } = useMemo(() => {
    const nodeOf = new Map<string, string>();
    for (const n of scene.nodes) for (const m of n.memberIds) nodeOf.set(m, n.id);
    const shownLinks = new Set(scene.edges.flatMap((e) => e.linkIds));
    const graph = {
      nodes: [...nodeOf.keys()],
      edges: snapshot.links
        .filter((l) => shownLinks.has(l.id))
        .map((l) => ({ source: l.sourceId, target: l.targetId })),
    };
    // The council is linked to everyone by design: it stays in the graph, for the paths
    // through it, but is not listed as a finding.
    const hubId = snapshot.organisations.find((o) => o.isCouncilHub)?.id;
    return {
      hubs: degreeHubs(graph, SHOWN + 1)
        .filter((h) => h.id !== hubId)
        .slice(0, SHOWN),
      bridgeList: bridges(graph, SHOWN + 1)
        .filter((b) => b.id !== hubId)
        .slice(0, SHOWN),
      alone: isolated(graph).filter((id) => id !== hubId),
      nodeOf,
      byId: new Map(snapshot.organisations.map((o) => [o.id, o])),
    };
  }, [scene, snapshot]);

  const name = (id: string) => {
    const o = byId.get(id);
    return o ? o.shortName || labels.organisationName(o) : id;
  };
  const fullName = (id: string) => {
    const o = byId.get(id);
    return o ? labels.organisationName(o) : '';
  };

  const section = (title: string, ids: { id: string; value?: string }[], empty: string) => (
    <section className="kenes-analysis-section" aria-label={title}>
      <Typography.Title level={3} className="kenes-analysis-title">
        {title}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: empty }}
        dataSource={ids}
        renderItem={(item) => (
          <List.Item className="kenes-analysis-item">
            <span className="kenes-analysis-name" title={fullName(item.id)}>
              {name(item.id)}
            </span>
            {item.value ? <span className="kenes-analysis-value">{item.value}</span> : null}
            <Button
              size="small"
              type="link"
              aria-label={`${t('network.show')}: ${name(item.id)}`}
              onClick={() => onShow(nodeOf.get(item.id) ?? item.id)}
            >
              {t('network.show')}
            </Button>
          </List.Item>
        )}
      />
    </section>
  );

  return (
    <>
      {section(
        t('network.hubs'),
        hubs.map((h) => ({ id: h.id, value: t('network.linksCount', { count: h.degree }) })),
        t('network.noLinksYet'),
      )}
      {section(
        t('network.bridges'),
        bridgeList.map((b) => ({ id: b.id, value: b.score.toFixed(2) })),
        t('network.noBridges'),
      )}
      {section(
        t('network.isolated', { count: alone.length }),
        alone.map((id) => ({ id })),
        t('network.noIsolated'),
      )}
    </>
  );
};
