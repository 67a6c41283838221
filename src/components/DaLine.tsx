// The District Attorney's Office line that closes every outcome (FLOW.md).
import { useTranslation } from 'react-i18next';
import { contacts } from '../flow/contacts';
import { Markup } from './Markup';
import { NumberLink } from './NumberLink';

const call = contacts.daOffice.channels[0];

export function DaLine() {
  const { t } = useTranslation('outcome');
  return (
    <p className="da-line">
      <Markup
        text={t('daLine', { number: call.display })}
        tags={{ call: (number) => <NumberLink href={call.href}><bdi dir="ltr" className="number">{number}</bdi></NumberLink> }}
      />
    </p>
  );
}
