// The shell every screen shares (exit, name, language, emergency line) around the current step.
import { useMachine } from '@xstate/react';
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ExitSkipLink, ExitThisPage } from './components/ExitThisPage';
import { EmergencyLine } from './components/EmergencyLine';
import { LanguagePicker } from './components/LanguagePicker';
import { StepNav } from './components/StepNav';
import { exitUrl } from './config';
import { isQuestion } from './flow/questions';
import { replacePage } from './navigation';
import { wizardMachine } from './flow/wizardMachine';
import { useBrowserHistory } from './hooks/useBrowserHistory';
import { useLanguage } from './hooks/useLanguage';
import { useShiftShortcut } from './hooks/useShiftShortcut';
import { useStepFocus } from './hooks/useStepFocus';
import { OutcomeScreen } from './screens/OutcomeScreen';
import { QuestionScreen } from './screens/QuestionScreen';
import { SafetyScreen } from './screens/SafetyScreen';

type Panel = 'safety';

export function App() {
  const { t } = useTranslation();
  const [snapshot, send] = useMachine(wizardMachine);
  const step = snapshot.value;
  const { answers, trail } = snapshot.context;
  const [panel, setPanel] = useState<Panel>();
  const [exiting, setExiting] = useState(false);
  const language = useLanguage();
  const headingRef = useStepFocus(panel ?? step);
  const back = () => send({ type: 'back' });
  useBrowserHistory(trail.length, back);

  const exit = useCallback(() => {
    // Hide everything before the browser starts to leave, and leave without a history entry, so
    // Back from the neutral site does not come back to the answers.
    flushSync(() => setExiting(true));
    replacePage(exitUrl);
  }, []);
  const presses = useShiftShortcut(exit);

  useEffect(() => {
    // A browser may keep the page in its back-forward cache: if it is brought back, it starts afresh.
    function onPageShow(event: PageTransitionEvent) {
      if (!event.persisted) return;
      send({ type: 'restart' });
      setPanel(undefined);
      setExiting(false);
    }
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [send]);

  useEffect(() => {
    // The tab's title names the step too, as the first thing a screen reader says on a new page.
    if (headingRef.current) document.title = `${headingRef.current.textContent} · ${t('app.name')}`;
  });

  if (exiting) {
    return (
      <main className="step">
        <p>{t('exit.exiting')}</p>
      </main>
    );
  }

  return (
    <>
      <ExitSkipLink onExit={exit} />
      <header className="site-header">
        <div className="masthead">
          <p className="app-name">
            {t('app.name')} <span className="app-place">{t('app.place')}</span>
          </p>
          <ExitThisPage onExit={exit} presses={presses} />
        </div>
        <div className="toolbar">
          <LanguagePicker onChange={language.choose} />
        </div>
        <EmergencyLine />
      </header>
      <main id="main" className="step">
        {/* Says that the step changed, once; focus on the new heading then reads the heading itself. */}
        <p className="visually-hidden" role="status">
          {panel ? '' : isQuestion(step) ? t('a11y.question', { number: trail.length + 1 }) : t('a11y.outcome')}
        </p>
        {language.loading && (
          <p className="notice" role="status">
            {t('common.languageLoading', { language: language.loading.name })}
          </p>
        )}
        {language.failed && (
          <p className="notice" role="alert">
            {t('common.languageLoadFailed', { language: language.failed.name })}
          </p>
        )}
        {panel === 'safety' ? (
          <SafetyScreen onClose={() => setPanel(undefined)} headingRef={headingRef} />
        ) : (
          <>
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
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('common.privacy')}</p>
        <p>
          <button type="button" className="link-button" onClick={() => setPanel('safety')}>
            {t('safety.link')}
          </button>
        </p>
      </footer>
    </>
  );
}
