// "In immediate danger? Call 911": on every screen, in the prerendered HTML and after a crash.
import { Trans } from 'react-i18next';
import { emergencyCall } from '../flow/contacts';

export function EmergencyLine() {
  return (
    <p className="emergency-line">
      <Trans
        i18nKey="emergency.line"
        values={{ number: emergencyCall.display }}
        components={{ call: <a className="emergency-link" href={emergencyCall.href} /> }}
      />
    </p>
  );
}
