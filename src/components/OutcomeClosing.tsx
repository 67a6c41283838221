// How every outcome ends: when its numbers were checked, Print (not on a kiosk unless the operator
// allows it), and on paper the date it was printed.
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultId } from '../flow/outcomes';
import { KioskContext } from '../kiosk/KioskContext';
import { CheckedLine } from './CheckedLine';

export function OutcomeClosing({ outcome }: { outcome: ResultId }) {
  const { t, i18n } = useTranslation('outcome');
  const kiosk = useContext(KioskContext);
  return (
    <>
      <CheckedLine outcome={outcome} />
      {(!kiosk || kiosk.settings.printing) && (
        <p className="no-print">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </p>
      )}
      <p className="print-only">
        {t('print.printedOn', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()) })}
      </p>
    </>
  );
}
