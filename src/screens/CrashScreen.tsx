// What anyone sees if the app throws: a calm message and every contact, never a blank page. The
// contact list comes in the current language when its code and words can be fetched; until then,
// or if they cannot, the English list built into the page stands in.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CrashBoundary } from '../components/CrashBoundary';
import { StaticNode } from '../components/StaticNode';

const ContactDirectory = lazy(() =>
  import('../components/ContactDirectory').then((module) => ({ default: module.ContactDirectory })),
);

/** `directory` stands in for the list fetched on demand where it is already at hand (the review pack). */
export function CrashScreen({ directory }: { directory?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="crash">
      {/* Only the message is an alert: the whole directory read out at once would drown it. */}
      <div role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
      </div>
      <p>
        <button type="button" className="secondary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </p>
      {directory ?? (
        <CrashBoundary fallback={<StaticNode id="contact-directory" />}>
          <Suspense fallback={<StaticNode id="contact-directory" />}>
            <ContactDirectory heading="h2" />
          </Suspense>
        </CrashBoundary>
      )}
    </div>
  );
}
