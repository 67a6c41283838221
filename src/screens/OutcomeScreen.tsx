// An outcome: what to do, first and largest; then local lines, more help, the checklists and the
// DA's line, and Print. Loaded on demand with its words, so the first screen's JavaScript stays small.
import { useContext, type Ref } from 'react';
import { CheckedLine } from '../components/CheckedLine';
import { Checklist } from '../components/Checklist';
import { ContactCard } from '../components/ContactCard';
import { DaLine } from '../components/DaLine';
import { ListenSlot } from '../components/ListenSlot';
import { Markup } from '../components/Markup';
import { NumberLink } from '../components/NumberLink';
import { contacts, localLines } from '../flow/contacts';
import { emergencyCall } from '../flow/emergency';
import { outcomes, type OutcomeId } from '../flow/outcomes';
import { useWords } from '../i18n/useWords';
import { KioskContext } from '../kiosk/KioskContext';
import { KioskScanHint } from '../kiosk/KioskScanHint';

interface Props {
  outcome: OutcomeId;
  headingRef: Ref<HTMLHeadingElement>;
}

const nationalHotlineCall = contacts.nationalHotline.channels[0];

export function OutcomeScreen({ outcome: id, headingRef }: Props) {
  // Without its words (the network failed), this throws: the crash screen then shows every contact.
  const { t, i18n } = useWords('outcome');
  const kiosk = useContext(KioskContext);
  const outcome = outcomes[id];
  const values = { emergency: emergencyCall.display };
  // Only some outcomes have a tip, or list the local lines under their own heading.
  type Optional = 'outcomes.missingChildResult.tip' | 'outcomes.missingChildResult.localLinesTitle';
  const tipKey = `outcomes.${id}.tip` as Optional;
  const tip = i18n.exists(tipKey as string, { ns: 'outcome' }) ? t(tipKey) : undefined;
  return (
    <>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {t(`outcomes.${id}.title`, values)}
      </h1>
      <ListenSlot outcome={id} />
      {kiosk && <KioskScanHint />}
      <section className="primary-action" aria-labelledby="step-heading">
        <p className="primary-text">{t(`outcomes.${id}.primary`, values)}</p>
        {outcome.primary.map((contact) => (
          <ContactCard key={contact} id={contact} heading="h2" prominent />
        ))}
        {tip && <p className="tip">{tip}</p>}
      </section>
      {outcome.localLines && (
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
          <Markup
            text={t('outcomes.interpreters', { number: nationalHotlineCall.display })}
            tags={{ call: (number) => <NumberLink href={nationalHotlineCall.href}><bdi dir="ltr">{number}</bdi></NumberLink> }}
          />
        </p>
      )}
      <Checklist
        title={t('haveReady.title')}
        items={Object.values(t(`haveReady.${outcome.haveReady}`, { returnObjects: true }))}
      />
      <Checklist title={t('avoid.title')} items={Object.values(t('avoid.items', { returnObjects: true }))} />
      <DaLine />
      <CheckedLine outcome={id} />
      {(!kiosk || kiosk.settings.printing) && (
        <p className="no-print">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </p>
      )}
      <p className="print-only">
        {t('print.printedOn', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()) })}
      </p>
    </>
  );
}
