// aboutMeResult, for the person it is happening to (docs/README.md): 911 first, a note on what a phone
// keeps before any number, the hotlines with text before call, then the DA's line. Loaded on demand.
import { useContext, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCard } from '../components/ContactCard';
import { DaLine } from '../components/DaLine';
import { OutcomeClosing } from '../components/OutcomeClosing';
import { ListenSlot } from '../components/ListenSlot';
import { PhoneSentence } from '../components/PhoneSentence';
import { contacts } from '../flow/contacts';
import { aboutMeChannels, aboutMeResult } from '../flow/outcomes';
import { useWords } from '../i18n/useWords';
import { KioskContext } from '../kiosk/KioskContext';
import { KioskScanHint } from '../kiosk/KioskScanHint';
import './AboutMeScreen.css';

const firstCall = contacts[aboutMeResult.first].channels[0];

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  /** Opens Browsing safely over this page; Back closes it again. */
  onBrowsingSafely: () => void;
}

export function AboutMeScreen({ headingRef, onBrowsingSafely }: Props) {
  // Without its words (the network failed), this throws: the crash screen then shows every contact.
  const { t } = useWords('outcome');
  const { t: shell } = useTranslation();
  const kiosk = useContext(KioskContext);
  const safety = t('outcomes.aboutMeResult.safety', { returnObjects: true, exit: shell('exit.button') });
  return (
    <>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {t('outcomes.aboutMeResult.title')}
      </h1>
      <ListenSlot outcome="aboutMeResult" />
      {kiosk && <KioskScanHint />}
      <section className="primary-action" aria-labelledby="step-heading">
        <p className="primary-text">
          <PhoneSentence
            text={t('outcomes.aboutMeResult.danger', { number: firstCall.display })}
            call={firstCall}
            className="channel about-me-call"
          />
        </p>
      </section>
      {/* Before any number: a call or text leaves a trace that someone checking the phone can find. */}
      <section aria-labelledby="phone-safety-title">
        <h2 id="phone-safety-title">{t('outcomes.aboutMeResult.safetyTitle')}</h2>
        <ul>
          {Object.values(safety).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="no-print">
          <button type="button" className="link-button" onClick={onBrowsingSafely}>
            {shell('common.safetyLink')}
          </button>
        </p>
      </section>
      <section aria-labelledby="hotlines-title">
        <h2 id="hotlines-title">{t('outcomes.aboutMeResult.hotlinesTitle')}</h2>
        {aboutMeResult.hotlines.map((id) => (
          // Text first, as the big button: talking may not be safe.
          <ContactCard key={id} id={id} heading="h3" channels={aboutMeChannels(id)} leadsWithButton />
        ))}
      </section>
      <p className="tip">{t('outcomes.aboutMeResult.notYourFault')}</p>
      <p>{t('outcomes.aboutMeResult.minor')}</p>
      <DaLine />
      <OutcomeClosing outcome="aboutMeResult" />
    </>
  );
}
