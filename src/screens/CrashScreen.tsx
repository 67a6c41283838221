// What anyone sees if the app throws: a calm message and every contact, never a blank page.
import { useTranslation } from 'react-i18next';
import { ContactDirectory } from '../components/ContactDirectory';

export function CrashScreen() {
  const { t } = useTranslation();
  return (
    <div className="crash" role="alert">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <p>
        <button type="button" className="secondary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </p>
      <ContactDirectory heading="h2" />
    </div>
  );
}
