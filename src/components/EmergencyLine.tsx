// "In immediate danger? Call 911": on every screen, in the prerendered HTML and after a crash.
import { useTranslation } from 'react-i18next';
import { emergencyCall } from '../flow/emergency';
import { NumberLink } from './NumberLink';

export function EmergencyLine() {
  const { t } = useTranslation();
  return (
    <p className="emergency-line">
      <span className="emergency-question">{t('emergency.question')}</span>{' '}
      <NumberLink className="emergency-link" href={emergencyCall.href}>
        {t('emergency.call', { number: emergencyCall.display })}
      </NumberLink>
    </p>
  );
}
