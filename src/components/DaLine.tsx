// The District Attorney's Office line that closes every outcome (FLOW.md).
import { useTranslation } from 'react-i18next';
import { contacts } from '../flow/contacts';
import { Markup } from './Markup';

const call = contacts.daOffice.channels[0];

export function DaLine() {
  const { t } = useTranslation('outcome');
  return (
    <p className="da-line">
      <Markup
        text={t('daLine', { number: call.display })}
        tags={{ call: (number) => <a href={call.href} dir="ltr">{number}</a> }}
      />
    </p>
  );
}
