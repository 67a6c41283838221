// A contact from the directory: its name, what it is for, and every way to reach it.
import { useTranslation } from 'react-i18next';
import { contacts, type Channel, type ContactId } from '../flow/contacts';
import { contactAbout, contactName } from '../i18n/contactWords';
import { ChannelLink } from './ChannelLink';

interface Props {
  id: ContactId;
  /** The heading level that fits the section the card stands in; none where that section's own
   *  heading already names the contact (an outcome with one primary contact). */
  heading?: 'h2' | 'h3';
  prominent?: boolean;
  /** The ways to reach it, in the order shown: the directory's unless the screen orders them itself. */
  channels?: readonly Channel[];
  /** Its first way to reach it as the big button; by default, when the card is prominent. */
  leadsWithButton?: boolean;
}

export function ContactCard({ id, heading: Heading, prominent = false, channels = contacts[id].channels, leadsWithButton = prominent }: Props) {
  const { t, i18n } = useTranslation('outcome');
  const about = <p className="contact-about">{contactAbout(id, t, i18n.language)}</p>;
  return (
    <div className={prominent ? 'contact contact-prominent' : 'contact'}>
      {Heading && <Heading className="contact-name">{contactName(id, i18n.language)}</Heading>}
      {!prominent && about}
      <ul className="channels">
        {channels.map((channel, index) => (
          <li key={channel.href}>
            {/* Only the first way to reach it is the big button: one primary action. */}
            <ChannelLink channel={channel} prominent={leadsWithButton && index === 0} />
          </li>
        ))}
      </ul>
      {/* The primary action's number comes straight after its name, so it is on screen at once. */}
      {prominent && about}
    </div>
  );
}
