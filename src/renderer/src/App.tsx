import { App as AntApp, ConfigProvider } from 'antd';
import { antdLocales } from './i18n';
import { useKenesStore, selectLanguage } from './store';
import { Boot } from './boot/Boot';
import { theme } from './theme';

export const App = () => {
  const language = useKenesStore(selectLanguage);
  return (
    // Not virtual: lists here are short (≤ a few hundred rows), and real DOM options
    // carry role="option" with their text, which screen readers and tests rely on.
    <ConfigProvider locale={antdLocales[language]} theme={theme} virtual={false}>
      <AntApp>
        <Boot />
      </AntApp>
    </ConfigProvider>
  );
};
