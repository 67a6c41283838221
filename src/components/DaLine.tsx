// The District Attorney's Office line that closes every outcome (FLOW.md).
import { Trans } from 'react-i18next';
import { contacts } from '../flow/contacts';

const call = contacts.daOffice.channels[0];

export function DaLine() {
  return (
    <p className="da-line">
      <Trans
        i18nKey="daLine"
        values={{ number: call.display }}
        components={{ call: <a href={call.href} dir="ltr" /> }}
      />
    </p>
  );
}
