// The District Attorney's Office line that closes every outcome (docs/README.md).
import { useTranslation } from 'react-i18next';
import { contacts } from '../flow/contacts';
import { PhoneSentence } from './PhoneSentence';

const call = contacts.daOffice.channels[0];

export function DaLine() {
  const { t } = useTranslation('outcome');
  return (
    <p className="da-line">
      <PhoneSentence text={t('daLine', { number: call.display })} call={call} />
    </p>
  );
}
