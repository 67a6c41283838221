// The Listen button for a question or an outcome, with the words it reads. Loaded on demand.
import { useTranslation } from 'react-i18next';
import type { ResultId } from '../flow/outcomes';
import type { QuestionId } from '../flow/questions';
import { aboutMeSpeech, outcomeSpeech, questionSpeech, type Translate } from '../speech/speechText';
import { ListenButton } from './ListenButton';

export type ListenProps = { question: QuestionId; outcome?: never } | { outcome: ResultId; question?: never };

export default function Listen({ question, outcome }: ListenProps) {
  const { t, i18n } = useTranslation(outcome ? 'outcome' : 'translation');
  const text =
    outcome === 'aboutMeResult'
      ? aboutMeSpeech(t as Translate, i18n.language)
      : outcome
        ? outcomeSpeech(t as Translate, outcome, i18n.language)
        : questionSpeech(t as Translate, question!);
  return <ListenButton text={text} />;
}
