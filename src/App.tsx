// The shell every screen shares (name, emergency line, language) around the current step.
import { useMachine } from '@xstate/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './components/LanguagePicker';
import { EmergencyLine } from './components/EmergencyLine';
import { StepNav } from './components/StepNav';
import { wizardMachine } from './flow/wizardMachine';
import { isQuestion } from './flow/questions';
import { useBrowserHistory } from './hooks/useBrowserHistory';
import { useLanguage } from './hooks/useLanguage';
import { useStepFocus } from './hooks/useStepFocus';
import { OutcomeScreen } from './screens/OutcomeScreen';
import { QuestionScreen } from './screens/QuestionScreen';

export function App() {
  const { t } = useTranslation();
  const [snapshot, send] = useMachine(wizardMachine);
  const step = snapshot.value;
  const { answers, trail } = snapshot.context;
  const language = useLanguage();
  const headingRef = useStepFocus(step);
  const back = () => send({ type: 'back' });
  useBrowserHistory(trail.length, back);
  useEffect(() => {
    // The tab's title names the step too, as the first thing a screen reader says on a new page.
    document.title = `${headingRef.current?.textContent} · ${t('app.name')}`;
  });

  return (
    <>
      <header className="site-header">
        <div className="masthead">
          <p className="app-name">
            {t('app.name')} <span className="app-place">{t('app.place')}</span>
          </p>
          <LanguagePicker onChange={language.choose} />
        </div>
        <EmergencyLine />
      </header>
      <main id="main" className="step">
        {language.failed && (
          <p className="notice" role="alert">
            {t('common.languageLoadFailed', { language: language.failed.name })}
          </p>
        )}
        {isQuestion(step) ? (
          <QuestionScreen
            question={step}
            earlierAnswer={answers[step]}
            onAnswer={(answer) => send({ type: 'answer', answer })}
            headingRef={headingRef}
          />
        ) : (
          <OutcomeScreen outcome={step} headingRef={headingRef} />
        )}
        <StepNav
          onBack={snapshot.can({ type: 'back' }) ? back : undefined}
          onRestart={Object.keys(answers).length > 0 ? () => send({ type: 'restart' }) : undefined}
        />
      </main>
      <footer className="site-footer">
        <p>{t('common.privacy')}</p>
      </footer>
    </>
  );
}
