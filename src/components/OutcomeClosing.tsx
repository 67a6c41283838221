// How every outcome ends: when its numbers were last reviewed (the oldest review among the contacts
// it shows, from the outcome's view), Print (not on a kiosk unless the operator allows it), and on
// paper the date it was printed.
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOf, monthOf } from '../i18n/dates';
import { KioskContext } from '../kiosk/KioskContext';

export function OutcomeClosing({ reviewed }: { reviewed?: string }) {
  const { t, i18n } = useTranslation('outcome');
  const kiosk = useContext(KioskContext);
  return (
    <>
      {/* None while every number shown is still unverified (a place not yet ready to launch). */}
      {reviewed && <p className="reviewed-line">{t('reviewedLine', { month: monthOf(reviewed, i18n.language) })}</p>}
      {(!kiosk || kiosk.settings.printing) && (
        <p className="no-print">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </p>
      )}
      <p className="print-only">{t('print.printedOn', { date: dayOf(i18n.language) })}</p>
    </>
  );
}
