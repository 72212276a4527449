import { App as AntApp, ConfigProvider } from 'antd';
import { antdLocales } from './i18n';
import { useKenesStore, selectLanguage } from './store';
import { Boot } from './boot/Boot';
import { theme } from './theme';

export const App = () => {
  const language = useKenesStore(selectLanguage);
  return (
    <ConfigProvider locale={antdLocales[language]} theme={theme}>
      <AntApp>
        <Boot />
      </AntApp>
    </ConfigProvider>
  );
};
