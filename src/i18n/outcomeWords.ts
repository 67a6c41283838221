// The words of an outcome's sentences (src/flow/outcomeView.ts gives each as a key and the values
// that fill it), in the language on screen: one translation for the screen, Listen and the documents.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Text } from '../flow/outcomeView';
import { contactName } from './contactWords';

export type Say = (text: Text) => string;

/** `t` of the outcome words, `shell` of the shell's, both in `language`. */
export function sayWith(t: TFunction<'outcome', undefined>, shell: TFunction<'translation', undefined>, language: string): Say {
  const fill = (value: Text['values'][string]) =>
    typeof value === 'string' ? value : 'shell' in value ? shell(value.shell) : contactName(value.name, language);
  return ({ key, values }) => t(key, { replace: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, fill(value)])) });
}

export function useSay(): Say {
  const { t, i18n } = useTranslation('outcome');
  const { t: shell } = useTranslation();
  return sayWith(t, shell, i18n.language);
}
