// An outcome: the one action and its number, first and largest; then local lines and more help;
// the checklists behind disclosures; the DA's line (once); and Print. Loaded on demand with its
// words and styles, so the first screen's JavaScript and CSS stay small.
import { useContext, type Ref } from 'react';
import { Checklist } from '../components/Checklist';
import { ContactCard } from '../components/ContactCard';
import { DaLine } from '../components/DaLine';
import { OutcomeClosing } from '../components/OutcomeClosing';
import { ListenSlot } from '../components/ListenSlot';
import { PhoneSentence } from '../components/PhoneSentence';
import { contacts, localLines } from '../flow/contacts';
import { emergencyCall } from '../flow/emergency';
import { outcomes, showsDaLine, type OutcomeId } from '../flow/outcomes';
import { useOpenForPrint } from '../hooks/useOpenForPrint';
import { useWords } from '../i18n/useWords';
import { KioskContext } from '../kiosk/KioskContext';
import { KioskScanHint } from '../kiosk/KioskScanHint';
import './OutcomeScreen.css';

interface Props {
  outcome: OutcomeId;
  headingRef: Ref<HTMLHeadingElement>;
}

const nationalHotlineCall = contacts.nationalHotline.channels[0];

export function OutcomeScreen({ outcome: id, headingRef }: Props) {
  // Without its words (the network failed), this throws: the crash screen then shows every contact.
  const { t, i18n } = useWords('outcome');
  const kiosk = useContext(KioskContext);
  useOpenForPrint();
  const outcome = outcomes[id];
  const values = { emergency: emergencyCall.display };
  // Only some outcomes have a tip, or list the local lines under their own heading.
  type Optional = 'outcomes.missingChildResult.tip' | 'outcomes.missingChildResult.localLinesTitle';
  const tipKey = `outcomes.${id}.tip` as Optional;
  const tip = i18n.exists(tipKey as string, { ns: 'outcome' }) ? t(tipKey, values) : undefined;
  return (
    <>
      <h1 id="step-heading" className="outcome-title" tabIndex={-1} ref={headingRef}>
        {t(`outcomes.${id}.title`, values)}
      </h1>
      <section className="primary-action" aria-labelledby="step-heading">
        <p className="primary-text">{t(`outcomes.${id}.primary`, values)}</p>
        {outcome.primary.map((contact) => (
          // One primary contact is already named by the heading ("Call the … Office"): its name
          // again would only push the number down.
          <ContactCard key={contact} id={contact} heading={outcome.primary.length > 1 ? 'h2' : undefined} prominent />
        ))}
        {tip && <p className="tip">{tip}</p>}
      </section>
      {/* Listen and the kiosk's hint after the action, so the action and its number lead. */}
      <ListenSlot outcome={id} />
      {kiosk && <KioskScanHint />}
      {outcome.showsLocalLines && (
        <section aria-labelledby="local-lines-title">
          <h2 id="local-lines-title">{t(`outcomes.${id}.localLinesTitle` as Optional)}</h2>
          {localLines.map((contact) => (
            <ContactCard key={contact} id={contact} heading="h3" />
          ))}
        </section>
      )}
      {outcome.secondary.length > 0 && (
        <section aria-labelledby="secondary-title">
          <h2 id="secondary-title">{t(`outcomes.${id}.secondaryTitle`)}</h2>
          {outcome.secondary.map((contact) => (
            <ContactCard key={contact} id={contact} heading="h3" />
          ))}
        </section>
      )}
      {i18n.resolvedLanguage !== 'en' && (
        <p className="interpreters">
          <PhoneSentence text={t('outcomes.interpreters', { number: nationalHotlineCall.display })} call={nationalHotlineCall} />
        </p>
      )}
      <div className="checklists">
        <Checklist title={t('haveReady.title')} items={outcome.haveReady.map((item) => t(`haveReady.${item}`))} />
        <Checklist title={t('doNow.title')} items={outcome.doNow.map((item) => t(`doNow.items.${item}`))} />
        <Checklist title={t('avoid.title')} items={outcome.avoid.map((item) => t(`avoid.items.${item}`))} />
      </div>
      {showsDaLine(outcome) && <DaLine />}
      <OutcomeClosing outcome={id} />
    </>
  );
}
