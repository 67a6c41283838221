// A question: its heading, an optional hint, one button per answer, and "This is happening to me".
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ListenSlot } from '../components/ListenSlot';
import type { AnswerId, QuestionId } from '../flow/questions';
import { stepAttribute } from '../handover';
import { questionWords } from '../i18n/questionWords';

interface Props {
  question: QuestionId;
  /** The question the tool opens with, which carries the line saying what the tool does. */
  first: boolean;
  /** The answer given earlier, when the person came back to this question. */
  earlierAnswer?: AnswerId;
  onAnswer: (answer: AnswerId) => void;
  /** "This is happening to me": not an answer, so it stands apart, below them. */
  onAboutMe?: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function QuestionScreen({ question, first, earlierAnswer, onAnswer, onAboutMe, headingRef }: Props) {
  const { t } = useTranslation();
  const words = questionWords(question);
  return (
    <>
      {first && <p className="intro">{t('app.intro')}</p>}
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {t(words.title)}
      </h1>
      {words.hint && (
        // Read once, after the heading that focus moves to: as every answer's description it was
        // repeated with "Yes", "No" and "I'm not sure" alike.
        <p className="hint">
          {t(words.hint)}
        </p>
      )}
      <ListenSlot question={question} />
      <ul className="answers">
        {words.answers.map(({ answer, key }) => {
          const isEarlier = answer === earlierAnswer;
          return (
            <li key={answer}>
              <button
                type="button"
                // boot.js reads it to answer a tap before the app has arrived.
                {...{ [stepAttribute]: answer }}
                className={isEarlier ? 'answer answer-earlier' : 'answer'}
                aria-describedby={isEarlier ? 'earlier-answer' : undefined}
                // A double click or tap answers once: the second would answer the next question unseen.
                onClick={(event) => event.detail <= 1 && onAnswer(answer)}
              >
                {t(key)}
                {isEarlier && (
                  // Left out of the button's name; the words (not the check mark) are its description.
                  <span className="earlier-answer-note" aria-hidden="true">
                    ✓ <span id="earlier-answer">{t('common.earlierAnswer')}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {onAboutMe && (
        <p>
          <button type="button" className="link-button" onClick={onAboutMe} {...{ [stepAttribute]: 'aboutMe' }}>
            {t('common.aboutMe')}
          </button>
        </p>
      )}
    </>
  );
}
