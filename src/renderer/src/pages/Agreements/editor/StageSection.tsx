import { Form, Steps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { productiveStages as sixStages, type PartnershipStage } from '../../../../../shared/domain/enums';

interface StepsFieldProps {
  value?: PartnershipStage;
  onChange?: (stage: PartnershipStage) => void;
  disabled?: boolean;
}

/** The stage as steps; a click on a step moves the partnership there. */
const StageSteps = ({ value, onChange, disabled }: StepsFieldProps) => {
  const { t } = useTranslation();
  const index = sixStages.indexOf(value as (typeof sixStages)[number]);
  // Amended and terminated come after the six: every step is then behind the partnership.
  const current = index >= 0 ? index : sixStages.length;
  return (
    <>
      <Steps
        orientation="vertical"
        size="small"
        current={current}
        onChange={disabled ? undefined : (i) => onChange?.(sixStages[i] ?? 'problem_stated')}
        items={sixStages.map((stage) => ({
          title: t(`agreements.stage.${stage}`),
          content: t(`agreements.stageHint.${stage}`),
        }))}
      />
      {index < 0 && value ? <Tag color="purple">{t(`agreements.stage.${value}`)}</Tag> : null}
    </>
  );
};

/** Where the partnership stands among the guide's six stages, plus amended and terminated. */
export const StageSection = ({ disabled }: { disabled: boolean }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agreement-stage">
      <h3 id="agreement-stage" className="kenes-form-section">
        {t('agreements.form.sectionStage')}
      </h3>
      <Form.Item name="stage" extra={t('agreements.form.stageHelp')}>
        <StageSteps disabled={disabled} />
      </Form.Item>
    </section>
  );
};
