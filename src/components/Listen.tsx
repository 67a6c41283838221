// The Listen button for a question or an outcome, with the words it reads. Loaded on demand.
import { useTranslation } from 'react-i18next';
import type { ResultId } from '../flow/outcomes';
import type { QuestionId } from '../flow/questions';
import { aboutMeSpeech, outcomeSpeech, questionSpeech, type Translate } from '../speech/speechText';
import { ListenButton } from './ListenButton';

export type ListenProps = { question: QuestionId; outcome?: never } | { outcome: ResultId; question?: never };

export default function Listen({ question, outcome }: ListenProps) {
  const { t } = useTranslation(outcome ? 'outcome' : 'translation');
  const text =
    outcome === 'aboutMeResult'
      ? aboutMeSpeech(t as Translate)
      : outcome
        ? outcomeSpeech(t as Translate, outcome)
        : questionSpeech(t as Translate, question!);
  return <ListenButton text={text} />;
}
