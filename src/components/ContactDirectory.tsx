// Every contact in the directory: what the crash screen and the no-JavaScript page show.
import { contactIds } from '../flow/contacts';
import { useWords } from '../i18n/useWords';
import { ContactCard } from './ContactCard';

export function ContactDirectory({ heading: Heading }: { heading: 'h1' | 'h2' }) {
  const { t } = useWords('outcome');
  return (
    <section className="directory" aria-labelledby="directory-title">
      <Heading id="directory-title">{t('directory.title')}</Heading>
      {contactIds.map((id) => (
        <ContactCard key={id} id={id} heading={Heading === 'h1' ? 'h2' : 'h3'} />
      ))}
    </section>
  );
}
