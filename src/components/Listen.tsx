// The Listen button for a question or an outcome, with the words it reads. Loaded on demand.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeId } from '../flow/outcomeIds';
import { outcomeView } from '../flow/outcomeView';
import type { QuestionId } from '../flow/questions';
import { outcomeSpeech, questionSpeech } from '../speech/speechText';
import { ListenButton } from './ListenButton';

export type ListenProps = { question: QuestionId; outcome?: never } | { outcome: OutcomeId; question?: never };

export default function Listen({ question, outcome }: ListenProps) {
  const { t: shell, i18n } = useTranslation();
  const { t } = useTranslation('outcome');
  const text = useMemo(
    () => (outcome ? outcomeSpeech(t, shell, outcomeView(outcome, i18n.language), i18n.language) : questionSpeech(shell, question!)),
    [t, shell, outcome, question, i18n.language],
  );
  return <ListenButton text={text} />;
}
