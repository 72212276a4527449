import { Alert, Button, Skeleton, Space, Tabs } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { describeApiError } from '../../lib/errors';
import { AssignmentTab } from './AssignmentTab';
import { ModuleCatalogue } from './ModuleCatalogue';
import { useMatrixExport } from './useMatrixExport';
import { useModuleData } from './useModuleData';
import './modules.css';

type ModulesTab = 'assignment' | 'catalogue';

/** The 12 interaction modules: who leads and takes part in each, what is not covered, and the catalogue. */
export const ModulesPage = () => {
  const { t } = useTranslation();
  const data = useModuleData();
  const exporter = useMatrixExport();
  // The tab lives in the address, so a reload or a link keeps it.
  const [params, setParams] = useSearchParams();
  const tab: ModulesTab = params.get('tab') === 'catalogue' ? 'catalogue' : 'assignment';

  const exportButtons = (
    <Space.Compact aria-label={t('moduleMatrix.export.label')} role="group">
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined aria-hidden />}
          loading={exporter.working === format}
          onClick={() => void exporter.run(format)}
        >
          {t(`moduleMatrix.export.${format}`)}
        </Button>
      ))}
    </Space.Compact>
  );

  return (
    <>
      <PageHeader title={t('modules.title')} subtitle={t('modules.intro')} extra={exportButtons} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'catalogue' ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: 'assignment',
            label: t('moduleMatrix.tabs.assignment'),
            children: <AssignmentTab data={data} />,
          },
          {
            key: 'catalogue',
            label: t('moduleMatrix.tabs.catalogue'),
            children: (
              <>
                {data.modules.error && !data.modules.data ? (
                  <Alert type="error" showIcon title={describeApiError(data.modules.error)} />
                ) : null}
                {!data.modules.data && !data.modules.error ? <Skeleton active /> : null}
                <ModuleCatalogue modules={data.modules.data ?? []} />
              </>
            ),
          },
        ]}
      />
    </>
  );
};
