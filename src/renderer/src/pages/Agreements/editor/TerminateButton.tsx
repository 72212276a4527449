import { useState } from 'react';
import { Button, DatePicker, Modal, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  loading: boolean;
  disabled: boolean;
  onTerminate: (on: string) => Promise<void>;
}

/** Termination asks for the day it takes effect and a confirmation: it cannot be edited afterwards. */
export const TerminateButton = ({ title, loading, disabled, onTerminate }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState<Dayjs | null>(null);
  return (
    <>
      <Button
        danger
        icon={<StopOutlined />}
        loading={loading}
        disabled={disabled}
        onClick={() => {
          setOn(dayjs());
          setOpen(true);
        }}
      >
        {t('agreements.actions.terminate')}
      </Button>
      <Modal
        open={open}
        title={t('agreements.actions.terminateTitle', { title })}
        okText={t('agreements.actions.terminate')}
        okButtonProps={{ danger: true, disabled: !on }}
        cancelText={t('common.cancel')}
        onCancel={() => setOpen(false)}
        confirmLoading={loading}
        onOk={() => {
          if (on) void onTerminate(on.format('YYYY-MM-DD')).then(() => setOpen(false));
        }}
      >
        <Typography.Paragraph>{t('agreements.actions.terminateBody')}</Typography.Paragraph>
        <label htmlFor="agreement-terminate-on" className="kenes-filter-label">
          {t('agreements.actions.terminateOn')}
        </label>
        <DatePicker
          id="agreement-terminate-on"
          value={on}
          onChange={setOn}
          format={t('format.date')}
          className="kenes-full-width"
        />
      </Modal>
    </>
  );
};
