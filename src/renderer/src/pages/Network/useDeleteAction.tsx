import { useCallback } from 'react';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../store';
import type { NetworkSnapshot, OrganisationImpact } from '../../../../shared/model';
import type { CanvasSelection } from './NetworkCanvas';
import { AGREEMENT_KIND, type Scene } from './scene';

/** The references worth a warning, in the order a secretary cares about them. */
const impactKeys: (keyof OrganisationImpact)[] = [
  'agreements',
  'decisions',
  'agendaItems',
  'moduleAssignments',
  'links',
  'people',
];

/**
 * Delete from the canvas: an organisation or a link goes to the archive (the registry
 * can restore it, and undo brings it straight back) after a confirmation that says what
 * still refers to it.
 */
export const useDeleteAction = (scene: Scene | undefined, snapshot: NetworkSnapshot | undefined) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);

  const confirm = useCallback(
    (title: string, warnings: string[], run: () => Promise<unknown>, done: string) =>
      modal.confirm({
        title,
        content: (
          <>
            {warnings.length ? (
              <Typography.Paragraph type="warning">
                {t('network.deleteStillReferred')}
                <ul>
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </Typography.Paragraph>
            ) : null}
            <Typography.Paragraph>{t('network.deleteUndoHint')}</Typography.Paragraph>
          </>
        ),
        okText: t('network.deleteConfirm'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: async () => {
          try {
            await run();
            void message.success(done);
            dataChanged();
          } catch (e) {
            void message.error(describeFailure(e));
          }
        },
      }),
    [modal, message, t, dataChanged],
  );

  return useCallback(
    async (selection: CanvasSelection) => {
      if (!scene) return;
      if (selection.nodeIds.length + selection.edgeIds.length > 1) {
        void message.info(t('network.deleteOneAtATime'));
        return;
      }
      try {
        const nodeId = selection.nodeIds[0];
        if (nodeId) {
          const node = scene.nodes.find((n) => n.id === nodeId);
          if (!node) return;
          if (node.kind === 'hub') return void message.info(t('network.deleteHubRefused'));
          if (node.kind === 'group') return void message.info(t('network.deleteGroupHint'));
          const impact = await api.organisations.impact({ id: nodeId });
          const warnings = impactKeys
            .filter((k) => impact[k] > 0)
            .map((k) => t(`network.impact.${k}`, { count: impact[k] }));
          confirm(
            t('network.deleteNodeConfirm', { name: node.label }),
            warnings,
            () => api.organisations.archive({ id: nodeId }),
            t('registry.archivedDone', { name: node.label }),
          );
          return;
        }
        const edgeId = selection.edgeIds[0];
        const edge = scene.edges.find((e) => e.id === edgeId);
        if (!edge) return;
        // A line drawn for an agreement is not a recorded link: the agreement's parties make it.
        if (edge.kind === AGREEMENT_KIND) return void message.info(t('network.deleteAgreementHint'));
        const linkId = edge.linkIds[0];
        if (edge.linkIds.length !== 1 || !linkId) return void message.info(t('network.deleteFoldedHint'));
        const impact = await api.links.impact({ id: linkId });
        const name = (id: string) => {
          const o = snapshot?.organisations.find((org) => org.id === id);
          return o ? o.shortName || o.nameKk : '';
        };
        confirm(
          t('network.deleteLinkConfirm', { from: name(edge.source), to: name(edge.target) }),
          impact.agreementId ? [t('network.impact.agreement', { title: impact.agreementTitle ?? '' })] : [],
          () => api.links.archive({ id: linkId }),
          t('network.linkDeleted'),
        );
      } catch (e) {
        void message.error(describeFailure(e));
      }
    },
    [scene, snapshot, message, t, confirm],
  );
};
