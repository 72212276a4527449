import { App as AntApp, ConfigProvider } from 'antd';
import { antdLocales } from './i18n';
import { useKenesStore, selectLanguage } from './store';
import { Boot } from './boot/Boot';
import { theme } from './theme';
import { useReducedMotion } from './lib/useReducedMotion';

/** The same look without antd's zooms, fades and slides. */
const stillTheme = { ...theme, token: { ...theme.token, motion: false } };

export const App = () => {
  const language = useKenesStore(selectLanguage);
  // Dialogs, menus and messages appear without animation when the system asks for less
  // motion, as the network canvas already jumps instead of gliding then.
  const still = useReducedMotion();
  return (
    // Not virtual: lists here are short (≤ a few hundred rows), and real DOM options
    // carry role="option" with their text, which screen readers and tests rely on.
    <ConfigProvider locale={antdLocales[language]} theme={still ? stillTheme : theme} virtual={false}>
      <AntApp>
        <Boot />
      </AntApp>
    </ConfigProvider>
  );
};
