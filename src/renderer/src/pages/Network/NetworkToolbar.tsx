import type { RefObject } from 'react';
import { Button, Dropdown, Input, Segmented, Select, Space, Tooltip, type InputRef } from 'antd';
import {
  DesktopOutlined,
  DownloadOutlined,
  NodeIndexOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ColourBy } from './palette';
import { layoutKinds, type LayoutKind } from './graph/layoutModel';

export type ExportFormat = 'png' | 'svg' | 'pdf-A4' | 'pdf-A3';

interface Props {
  searchRef: RefObject<InputRef | null>;
  search: string;
  matchCount: number;
  colourBy: ColourBy;
  views: { id: string; name: string }[];
  viewId: string | null;
  undo: { can: boolean; label?: string; run: () => void };
  redo: { can: boolean; label?: string; run: () => void };
  busy: boolean;
  onSearch: (text: string) => void;
  onFindNext: () => void;
  onAdd: () => void;
  onLayout: (kind: LayoutKind) => void;
  onColourBy: (by: ColourBy) => void;
  onChooseView: (id: string) => void;
  onSaveViewAs: () => void;
  onViewMenu: (action: 'rename' | 'delete') => void;
  onPresent: () => void;
  onExport: (format: ExportFormat) => void;
}

/** Everything one does to the picture as a whole; the selection is edited in the side panel. */
export const NetworkToolbar = ({ searchRef, ...p }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="kenes-network-toolbar" role="toolbar" aria-label={t('network.toolbar')}>
      <Space wrap size={[8, 8]}>
        <Button type="primary" icon={<PlusOutlined />} onClick={p.onAdd}>
          {t('registry.add')}
        </Button>
        <Space.Compact>
          <Tooltip title={p.undo.label ? t('network.undoWhat', { what: p.undo.label }) : t('network.undo')}>
            <Button
              icon={<UndoOutlined />}
              disabled={!p.undo.can}
              onClick={p.undo.run}
              aria-label={t('network.undo')}
            />
          </Tooltip>
          <Tooltip title={p.redo.label ? t('network.redoWhat', { what: p.redo.label }) : t('network.redo')}>
            <Button
              icon={<RedoOutlined />}
              disabled={!p.redo.can}
              onClick={p.redo.run}
              aria-label={t('network.redo')}
            />
          </Tooltip>
        </Space.Compact>
        <Dropdown
          trigger={['click']}
          menu={{
            items: layoutKinds.map((k) => ({ key: k, label: t(`network.layouts.${k}`) })),
            onClick: ({ key }) => p.onLayout(key as LayoutKind),
          }}
          disabled={p.busy}
        >
          <Button icon={<NodeIndexOutlined />} loading={p.busy}>
            {t('network.layout')}
          </Button>
        </Dropdown>
        <Segmented
          aria-label={t('network.colourBy')}
          value={p.colourBy}
          onChange={(v) => p.onColourBy(v as ColourBy)}
          options={[
            { value: 'sector', label: t('network.colourBySector') },
            { value: 'type', label: t('network.colourByType') },
            { value: 'module', label: t('network.colourByModule') },
          ]}
        />
        <Input.Search
          ref={searchRef}
          allowClear
          className="kenes-network-search"
          placeholder={t('network.searchPlaceholder')}
          aria-label={t('network.search')}
          value={p.search}
          onChange={(e) => p.onSearch(e.target.value)}
          onSearch={p.onFindNext}
          suffix={
            p.search ? (
              <span className="kenes-search-count">{t('network.matches', { count: p.matchCount })}</span>
            ) : null
          }
        />
      </Space>
      <Space wrap size={[8, 8]}>
        <Select
          className="kenes-view-select"
          aria-label={t('network.view')}
          value={p.viewId ?? undefined}
          onChange={p.onChooseView}
          options={p.views.map((v) => ({ value: v.id, label: v.name }))}
        />
        <Dropdown.Button
          trigger={['click']}
          icon={<SaveOutlined />}
          onClick={p.onSaveViewAs}
          menu={{
            items: [
              { key: 'rename', label: t('network.renameView') },
              { key: 'delete', label: t('network.deleteView'), danger: true, disabled: p.views.length < 2 },
            ],
            onClick: ({ key }) => p.onViewMenu(key as 'rename' | 'delete'),
          }}
          buttonsRender={([left, right]) => [
            left,
            <span key="more" aria-label={t('network.viewMenu')}>
              {right}
            </span>,
          ]}
        >
          {t('network.saveViewAs')}
        </Dropdown.Button>
        <Button icon={<DesktopOutlined />} onClick={p.onPresent}>
          {t('network.present')}
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'png', label: t('network.exportPng') },
              { key: 'svg', label: t('network.exportSvg') },
              { key: 'pdf-A4', label: t('network.exportPdfA4') },
              { key: 'pdf-A3', label: t('network.exportPdfA3') },
            ],
            onClick: ({ key }) => p.onExport(key as ExportFormat),
          }}
        >
          <Button icon={<DownloadOutlined />}>{t('network.export')}</Button>
        </Dropdown>
      </Space>
    </div>
  );
};
