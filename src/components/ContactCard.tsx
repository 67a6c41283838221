// A contact from the directory: its name, what it is for, and every way to reach it.
import { useTranslation } from 'react-i18next';
import { contacts, type ContactId } from '../flow/contacts';
import { contactAbout, contactName } from '../i18n/contactWords';
import { ChannelLink } from './ChannelLink';

interface Props {
  id: ContactId;
  /** The heading level that fits the section the card stands in; none where that section's own
   *  heading already names the contact (an outcome with one primary contact). */
  heading?: 'h2' | 'h3';
  prominent?: boolean;
}

export function ContactCard({ id, heading: Heading, prominent = false }: Props) {
  const { t, i18n } = useTranslation('outcome');
  const about = <p className="contact-about">{contactAbout(id, t, i18n.language)}</p>;
  return (
    <div className={prominent ? 'contact contact-prominent' : 'contact'}>
      {Heading && <Heading className="contact-name">{contactName(id, i18n.language)}</Heading>}
      {!prominent && about}
      <ul className="channels">
        {contacts[id].channels.map((channel, index) => (
          <li key={channel.href}>
            {/* Only the first way to reach a prominent contact is the big button: one primary action. */}
            <ChannelLink channel={channel} prominent={prominent && index === 0} />
          </li>
        ))}
      </ul>
      {/* The primary action's number comes straight after its name, so it is on screen at once. */}
      {prominent && about}
    </div>
  );
}
