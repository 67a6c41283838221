// Every screen of the tool, rendered to HTML by the app's own components with one language's words:
// what the review pack shows reviewers, so it cannot say something the screen does not. Node only
// (npm run review, npm run docs, the tests).
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { ContactDirectory } from '../components/ContactDirectory';
import { StepNav } from '../components/StepNav';
import { TranslationNotice } from '../components/TranslationNotice';
import type { OutcomeId } from '../flow/outcomeIds';
import { outcomeView } from '../flow/outcomeView';
import type { QuestionId } from '../flow/questions';
import { KioskContext } from '../kiosk/KioskContext';
import { kioskDefaults } from '../kiosk/settings';
import { StillTherePrompt } from '../kiosk/StillTherePrompt';
import { Root } from '../Root';
import { CrashScreen } from '../screens/CrashScreen';
import { LearnScreen, learnPageIds } from '../screens/LearnScreen';
import { OutcomeScreen } from '../screens/OutcomeScreen';
import { QuestionScreen } from '../screens/QuestionScreen';
import { SafetyScreen } from '../screens/SafetyScreen';
import { renderNotFoundPage } from '../build/notFoundPage';

/** One screen as the pack lists it: its part of the tool, an id, and its HTML. */
export interface RenderedScreen {
  part: 'page' | 'question' | 'outcome' | 'learn' | 'other';
  id: string;
  html: string;
}

const nothing = () => {};

declare const __MOST_QUESTIONS__: number;

/**
 * Every screen in `i18n`'s language. The outcomes show `viewLanguage`'s view (the English column of a
 * translation's pack shows the translation's view in English, so the two columns match line by line).
 */
export function renderScreens(i18n: I18n, questionOrder: readonly QuestionId[], outcomeOrder: readonly OutcomeId[], viewLanguage: string): RenderedScreen[] {
  const render = (element: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
  const t = i18n.t.bind(i18n);
  const kiosk = { settings: { ...kioskDefaults, defaultLanguage: 'en' as const, printing: true } };
  return [
    // The whole first page: the shell every screen shares (header, Call 911, Exit, footer) and the first question.
    { part: 'page', id: 'firstPage', html: render(<Root i18n={i18n} />) },
    ...questionOrder.map((question, index): RenderedScreen => ({
      part: 'question',
      id: question,
      html: render(
        <>
          <p className="progress">{t('progress.question', { number: index + 1, total: __MOST_QUESTIONS__ })}</p>
          <QuestionScreen question={question} first={index === 0} onAnswer={nothing} onAboutMe={nothing} headingRef={null} />
          {index > 0 && <StepNav onBack={nothing} onRestart={nothing} />}
        </>,
      ),
    })),
    ...outcomeOrder.map((outcome): RenderedScreen => ({
      part: 'outcome',
      id: outcome,
      html: render(
        <>
          <OutcomeScreen outcome={outcome} headingRef={null} onBrowsingSafely={nothing} view={outcomeView(outcome, viewLanguage)} />
          <StepNav onBack={nothing} onRestart={nothing} />
        </>,
      ),
    })),
    { part: 'learn', id: 'contents', html: render(<LearnScreen headingRef={null} onClose={nothing} onPage={nothing} />) },
    ...learnPageIds.map(
      (page): RenderedScreen => ({ part: 'learn', id: page, html: render(<LearnScreen headingRef={null} onClose={nothing} page={page} onPage={nothing} />) }),
    ),
    { part: 'other', id: 'safety', html: render(<SafetyScreen onClose={nothing} headingRef={null} />) },
    { part: 'other', id: 'translationNotice', html: render(<TranslationNotice onEnglish={nothing} />) },
    // Kiosk mode's own words: the sign, the prompt before the screen clears, and the hint under numbers.
    {
      part: 'other',
      id: 'kiosk',
      html: render(
        <KioskContext.Provider value={kiosk}>
          <p className="kiosk-sign">
            <strong>{t('kiosk.badge', { ns: 'kiosk' })}</strong> {t('kiosk.privacy', { ns: 'kiosk' })}
          </p>
          <StillTherePrompt countdownSeconds={kioskDefaults.countdownSeconds} onStillHere={nothing} />
          <p>{t('kiosk.scan', { ns: 'kiosk' })}</p>
        </KioskContext.Provider>,
      ),
    },
    { part: 'other', id: 'crash', html: render(<CrashScreen directory={<ContactDirectory heading="h2" />} />) },
  ];
}

/** The screens the site shows in English whatever the language (they are built into the page). */
export function renderEnglishOnlyScreens(english: I18n): RenderedScreen[] {
  const render = (element: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={english}>{element}</I18nextProvider>);
  const t = english.getFixedT('en', 'outcome');
  return [
    {
      part: 'other',
      id: 'appFailed',
      html: render(
        <>
          <p className="notice">{t('directory.appFailed')}</p>
          <ContactDirectory heading="h2" />
        </>,
      ),
    },
    {
      part: 'other',
      id: 'scriptsBlocked',
      // Shown by CSS alone a few seconds after load when no script of ours has run (a filter blocked them).
      html: render(
        <p>
          <a href="#contact-directory">{t('noscript.scriptsBlocked')}</a>
        </p>,
      ),
    },
    {
      part: 'other',
      id: 'noScript',
      html: render(
        <>
          <p>{t('noscript.body')}</p>
          <ContactDirectory heading="h2" />
        </>,
      ),
    },
    { part: 'other', id: 'notFound', html: renderNotFoundPage('').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '') },
  ];
}
