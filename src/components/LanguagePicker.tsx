// Lists every language in its own name. The page keeps its language until the new one has loaded.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pickableLanguages, type LanguageCode } from '../i18n/languages';

interface Props {
  onChange: (code: LanguageCode) => void;
}

export function LanguagePicker({ onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('common.language')}</label>
      <select id={id} value={i18n.language} onChange={(event) => onChange(event.target.value as LanguageCode)}>
        {pickableLanguages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
