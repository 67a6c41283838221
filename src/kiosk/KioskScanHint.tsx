// On a kiosk outcome: how to take the numbers home without touching the kiosk's links.
import { useWords } from '../i18n/useWords';

export function KioskScanHint() {
  const { t } = useWords('kiosk');
  return <p className="kiosk-scan">{t('kiosk.scan')}</p>;
}
