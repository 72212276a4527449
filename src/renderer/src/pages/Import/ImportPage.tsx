import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useImportWizard, wizardSteps } from './useImportWizard';
import { FileStep } from './FileStep';
import { ColumnsStep } from './ColumnsStep';
import { CheckStep } from './CheckStep';
import { ImportStep } from './ImportStep';
import type { ImportKind } from '../../../../shared/api/imports';
import './import.css';

/**
 * Import from a spreadsheet, as a wizard: the file, its columns, a check of every row,
 * then the import itself and its report. `?kind=people` starts with people; coming
 * back with another kind starts a fresh wizard.
 */
export const ImportPage = () => {
  const [params] = useSearchParams();
  const kind: ImportKind = params.get('kind') === 'people' ? 'people' : 'organisations';
  return <ImportWizardView key={kind} initialKind={kind} />;
};

const ImportWizardView = ({ initialKind }: { initialKind: ImportKind }) => {
  const { t } = useTranslation();
  const wizard = useImportWizard(initialKind);
  const current = wizardSteps.indexOf(wizard.step);
  const finished = wizard.commit.status === 'done';

  return (
    <>
      <PageHeader title={t('importWizard.title')} subtitle={t('importWizard.subtitle')} />
      <nav aria-label={t('importWizard.steps.label')} className="kenes-import-steps">
        <Steps
          current={current}
          status={wizard.commit.status === 'failed' ? 'error' : finished ? 'finish' : 'process'}
          items={wizardSteps.map((s, i) => ({
            title: t(`importWizard.steps.${s}`),
            // Only steps already passed can be revisited, and none once the import is written.
            disabled: finished || wizard.commit.status === 'writing' || i >= current,
          }))}
          onChange={(i) => wizard.setStep(wizardSteps[i] ?? 'file')}
        />
      </nav>
      {wizard.step === 'file' ? <FileStep wizard={wizard} /> : null}
      {wizard.step === 'columns' ? <ColumnsStep wizard={wizard} /> : null}
      {wizard.step === 'check' ? <CheckStep wizard={wizard} /> : null}
      {wizard.step === 'import' ? <ImportStep wizard={wizard} /> : null}
    </>
  );
};
