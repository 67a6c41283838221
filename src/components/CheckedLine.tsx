// The quiet line that ends every outcome, on screen and in print: how current its numbers are, as
// the month and year of the oldest check among the contacts it shows (docs/README.md).
import { useTranslation } from 'react-i18next';
import type { ResultId } from '../flow/outcomes';
import { oldestCheck } from '../flow/shownContacts';

export function CheckedLine({ outcome }: { outcome: ResultId }) {
  const { t, i18n } = useTranslation('outcome');
  // Noon UTC, formatted in UTC: the month never shifts with the reader's time zone.
  const checked = new Date(`${oldestCheck(outcome)}T12:00:00Z`);
  const month = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(checked);
  return <p className="checked-line">{t('reviewedLine', { month })}</p>;
}
