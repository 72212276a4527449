import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/i18n';
import { useKenesStore, selectLanguage } from '../store';
import { useLanguageSwitch } from '../lib/useLanguageSwitch';
import { isLanguage } from '../i18n';

/**
 * A radio group named "Тіл" / "Язык" / "Language"; each language is named in itself
 * ("Қазақша", "Русский", "English") so a reader of any of them can find their own.
 * Real radio inputs, so it works with the keyboard (arrows) and for assistive technology.
 */
export const LanguageSwitch = ({ persist = true }: { persist?: boolean }) => {
  const { t } = useTranslation();
  const language = useKenesStore(selectLanguage);
  const switchLanguage = useLanguageSwitch();
  return (
    <Radio.Group
      aria-label={t('header.language')}
      className="kenes-language-switch"
      optionType="button"
      buttonStyle="solid"
      value={language}
      options={languages.map((lang) => ({ value: lang, label: t(`languageNames.${lang}`) }))}
      onChange={(e) => {
        const lang: unknown = e.target.value;
        if (isLanguage(lang)) void switchLanguage(lang, { persist });
      }}
    />
  );
};
