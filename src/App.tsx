// The shell every screen shares (exit, name, language, emergency line) around the current step,
// plus what a shared kiosk adds when the address asks for it.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CrashBoundary } from './components/CrashBoundary';
import { DraftBanner } from './components/DraftBanner';
import { EmergencyLine } from './components/EmergencyLine';
import { ExitSkipLink } from './components/ExitThisPage';
import { LanguagePicker } from './components/LanguagePicker';
import { SafetyBar } from './components/SafetyBar';
import { StepNav } from './components/StepNav';
import type { OutcomeId } from './flow/outcomeIds';
import { questions, type AnswerId, type QuestionId } from './flow/questions';
import { wizardMachine } from './flow/wizardMachine';
import { useActor } from './hooks/useActor';
import { useBrowserHistory } from './hooks/useBrowserHistory';
import { useEarlyTaps } from './hooks/useEarlyTaps';
import { useFetchAhead } from './hooks/useFetchAhead';
import { useLanguage } from './hooks/useLanguage';
import { useShiftShortcut } from './hooks/useShiftShortcut';
import { useStepFocus } from './hooks/useStepFocus';
import { useTapGuard } from './hooks/useTapGuard';
import { fallbackLanguage, languages } from './i18n/languages';
import { KioskContext } from './kiosk/KioskContext';
import type { KioskSettings } from './kiosk/settings';
import type { LearnPageId } from './screens/LearnScreen';
import { loadOutcomeScreen, OutcomeStep } from './screens/OutcomeStep';
import { QuestionScreen } from './screens/QuestionScreen';

const SafetyScreen = lazy(() => import('./screens/SafetyScreen').then((module) => ({ default: module.SafetyScreen })));
const LearnScreen = lazy(() => import('./screens/LearnScreen').then((module) => ({ default: module.LearnScreen })));
const TranslationNotice = lazy(() => import('./components/TranslationNotice').then((module) => ({ default: module.TranslationNotice })));

/** The most questions on any path, for "Question 2 of up to 4": counted from the machine when the
 *  app is built (vite.config.ts: src/flow/wizardPaths.ts). */
declare const __MOST_QUESTIONS__: number;

/** A page shown over the questions; the wizard keeps its place underneath. */
type Panel = 'safety' | 'learn';
type KioskModule = typeof import('./kiosk/KioskMode');

export function App({ kiosk }: { kiosk?: KioskSettings }) {
  const { t, i18n } = useTranslation();
  const [snapshot, send] = useActor(wizardMachine);
  const step = snapshot.value;
  // The machine says what kind of step this is: a question (tagged 'question') or an outcome.
  const question = snapshot.hasTag('question') ? (step as QuestionId) : undefined;
  const { answers, trail } = snapshot.context;
  const [exiting, setExiting] = useState(false);
  const [kioskModule, setKioskModule] = useState<KioskModule>();
  // Counts fresh starts, so focus returns to the first question even when it was already showing.
  const [starts, setStarts] = useState(0);
  const back = () => send({ type: 'back' });
  // Steps and the pages over them (a panel, then a Learn page) each have a history entry.
  const history = useBrowserHistory<Panel | LearnPageId>(trail.length, back);
  const panel = history.pages[0] as Panel | undefined;
  const learnPage = history.pages[1] as LearnPageId | undefined;
  const shown = `${panel ?? step}:${starts}`;
  const headingRef = useStepFocus(shown);
  const language = useLanguage(shown);
  const guardTaps = useTapGuard(`${shown}:${learnPage}`);

  /** Any step from a question may lead to an outcome: fetch its code and words now, if the idle fetch has not. */
  const leaveQuestion = (event: { type: 'answer'; answer: AnswerId } | { type: 'aboutMe' }) => {
    void loadOutcomeScreen();
    void i18n.loadNamespaces('outcome');
    send(event);
  };
  const answer = (given: AnswerId) => leaveQuestion({ type: 'answer', answer: given });
  // A tap made before the app arrived: an answer to this question, or "This is happening to me".
  const isStepHere = (given: string): given is AnswerId | 'aboutMe' =>
    question !== undefined && (given === 'aboutMe' || (questions[question] as readonly string[]).includes(given));
  useEarlyTaps(isStepHere, (given) => (given === 'aboutMe' ? leaveQuestion({ type: 'aboutMe' }) : answer(given)));

  useFetchAhead(i18n, loadOutcomeScreen, language.current.code);

  useEffect(() => {
    if (kiosk) void import('./kiosk/KioskMode').then((module) => setKioskModule(module));
  }, [kiosk]);

  /** Everything back to a fresh start: answers, panels, scroll, and on a kiosk its own language. */
  const { choose: chooseLanguage } = language;
  const { closeAll: closeAllPages, leave } = history;
  const startOver = useCallback(() => {
    send({ type: 'restart' });
    closeAllPages();
    setStarts((count) => count + 1);
    if (kiosk) {
      void chooseLanguage(kiosk.defaultLanguage);
      window.scrollTo?.(0, 0);
    }
  }, [send, kiosk, chooseLanguage, closeAllPages]);

  const exit = useCallback(() => {
    window.speechSynthesis?.cancel();
    // On a kiosk there is nowhere to go: the next person simply gets a fresh start.
    if (kiosk) return startOver();
    // Hide everything before the browser starts to leave, and leave so that Back from the neutral
    // site does not come back to the tool (see useBrowserHistory).
    flushSync(() => setExiting(true));
    leave();
  }, [kiosk, startOver, leave]);
  const presses = useShiftShortcut(exit);

  useEffect(() => {
    // A browser may keep the page in its back-forward cache: if it is brought back, it starts afresh.
    function onPageShow(event: PageTransitionEvent) {
      if (!event.persisted) return;
      startOver();
      setExiting(false);
    }
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [startOver]);

  /** Opens a page over the questions with a history entry of its own, so Back closes it. */
  const openPanel = (next: Panel) => (panel ? history.replace([next]) : history.open(next));
  const closePanel = history.closeAll;

  if (exiting) {
    return (
      <main className="step">
        <EmergencyLine />
        <p>{t('exit.exiting')}</p>
      </main>
    );
  }

  return (
    <KioskContext.Provider value={kiosk ? { settings: kiosk, QrCode: kioskModule?.QrCode } : null}>
      <div className={kiosk ? 'kiosk' : undefined}>
        <ExitSkipLink onExit={exit} />
        <header className="site-header">
          <div className="masthead">
            <p className="app-name">
              {t('app.name')} <span className="app-place">{t('app.place')}</span>
            </p>
            {/* Nothing to pick where the place offers English alone. */}
            {languages.length > 1 && <LanguagePicker onChange={language.choose} />}
          </div>
          {kiosk && kioskModule && (
            <CrashBoundary fallback={null}>
              <kioskModule.KioskMode settings={kiosk} onClear={startOver} />
            </CrashBoundary>
          )}
        </header>
        <SafetyBar onExit={exit} presses={presses} />
        <main id="main" className="step" onClickCapture={guardTaps}>
          {/* Says that the step changed, once; focus on the new heading then reads the heading itself. */}
          {/* On a question it is also the visible progress line, so it is read once, not twice. The live
              regions are inner spans whose attributes never change: only their words do. A class
              changed with the words was a second change, announced a second time
              (tests/screenReader.test.tsx). */}
          <p className={!panel && question ? 'progress' : 'visually-hidden'}>
            <span role="status">
              {panel
                ? ''
                : question
                  ? t('progress.question', { number: trail.length + 1, total: __MOST_QUESTIONS__ })
                  : t('a11y.outcome')}
            </span>
          </p>
          <DraftBanner />
          {/* Always there, so screen readers announce the text when it appears. */}
          <p className={language.loading ? 'notice' : 'visually-hidden'}>
            <span role="status">{language.loading && t('common.languageLoading', { language: language.loading.name })}</span>
          </p>
          {language.failed && (
            <p className="notice" role="alert">
              {t('common.languageLoadFailed', { language: language.failed.name })}
            </p>
          )}
          {panel ? (
            // A page that fails to load leaves the questions as they were, behind a way back.
            <CrashBoundary
              fallback={
                <p className="notice" role="alert">
                  {t('crash.title')}{' '}
                  <button type="button" className="secondary" onClick={closePanel}>
                    {t('common.back')}
                  </button>
                </p>
              }
            >
              <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
              {panel === 'safety' ? (
                <SafetyScreen onClose={closePanel} headingRef={headingRef} />
              ) : (
                <LearnScreen
                  onClose={closePanel}
                  headingRef={headingRef}
                  page={learnPage}
                  onPage={(page) => (page ? history.open(page) : history.close())}
                />
              )}
              </Suspense>
            </CrashBoundary>
          ) : (
            <>
              {question ? (
                <QuestionScreen
                  question={question}
                  first={trail.length === 0}
                  earlierAnswer={answers[question]}
                  onAnswer={answer}
                  onAboutMe={snapshot.can({ type: 'aboutMe' }) ? () => leaveQuestion({ type: 'aboutMe' }) : undefined}
                  headingRef={headingRef}
                />
              ) : (
                <OutcomeStep
                  outcome={step as OutcomeId}
                  headingRef={headingRef}
                  onBrowsingSafely={() => openPanel('safety')}
                />
              )}
              <StepNav
                onBack={snapshot.can({ type: 'back' }) ? back : undefined}
                onRestart={snapshot.can({ type: 'restart' }) ? startOver : undefined}
              />
            </>
          )}
          {language.current.code !== fallbackLanguage && (
            // After the step, so the question and its answers still fit on a phone's first screen. If
            // its code cannot be fetched, the notice stays away; the page does not crash.
            <CrashBoundary fallback={null}>
              <Suspense fallback={null}>
                <TranslationNotice onEnglish={() => void language.choose(fallbackLanguage)} />
              </Suspense>
            </CrashBoundary>
          )}
        </main>
        <footer className="site-footer" onClickCapture={guardTaps}>
          <p>{t('common.privacy')}</p>
          <ul className="footer-links">
            <li>
              <button type="button" className="link-button" onClick={() => openPanel('learn')}>
                {t('common.learnLink')}
              </button>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => openPanel('safety')}>
                {t('common.safetyLink')}
              </button>
            </li>
          </ul>
        </footer>
      </div>
    </KioskContext.Provider>
  );
}
