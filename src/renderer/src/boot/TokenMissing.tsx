import { Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** Browser mode opened without the #token=… address: nothing can be read, so say what to open. */
export const TokenMissing = () => {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" justify="center" className="kenes-centred">
      <Card className="kenes-narrow-card">
        <Flex justify="flex-end">
          {/* Not persisted: without the token there is no workspace to store it in. */}
          <LanguageSwitch persist={false} />
        </Flex>
        <Result
          status="warning"
          title={
            <Typography.Title level={1} className="kenes-result-title">
              {t('app.tokenMissingTitle')}
            </Typography.Title>
          }
          subTitle={
            <>
              <Typography.Paragraph>{t('app.tokenMissingBody')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('app.tokenMissingHint')}</Typography.Paragraph>
            </>
          }
        />
      </Card>
    </Flex>
  );
};
