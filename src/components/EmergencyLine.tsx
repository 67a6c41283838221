// "In immediate danger? Call 911": on every screen, in the prerendered HTML and after a crash.
import { useTranslation } from 'react-i18next';
import { emergencyCall } from '../flow/emergency';
import { Markup } from './Markup';

export function EmergencyLine() {
  const { t } = useTranslation();
  return (
    <p className="emergency-line">
      <Markup
        text={t('emergency.line', { number: emergencyCall.display })}
        tags={{ call: (text) => <a className="emergency-link" href={emergencyCall.href}>{text}</a> }}
      />
    </p>
  );
}
