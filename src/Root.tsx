// The providers around the app, shared by the browser entry, the prerenderer and the tests.
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { App } from './App';
import { CrashBoundary } from './components/CrashBoundary';
import { ExitSkipLink } from './components/ExitThisPage';
import { SafetyBar } from './components/SafetyBar';
import { leavePage } from './exit';
import type { KioskSettings } from './kiosk/settings';
import { CrashScreen } from './screens/CrashScreen';

/** After a crash Exit still leaves at once, even on a kiosk: there is no app left to reset. */
const leave = leavePage;

export function Root({ i18n, kiosk }: { i18n: I18n; kiosk?: KioskSettings }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <CrashBoundary
          fallback={
            <>
              <ExitSkipLink onExit={leave} />
              <SafetyBar onExit={leave} presses={0} />
              <main className="step">
                <CrashScreen />
              </main>
            </>
          }
        >
          <App kiosk={kiosk} />
        </CrashBoundary>
      </I18nextProvider>
    </StrictMode>
  );
}
