// An outcome: what to do, first and largest; then more help, the checklists and the DA's line.
import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { contacts, emergencyCall, localLines } from '../flow/contacts';
import { outcomes, type OutcomeId } from '../flow/outcomes';
import { Checklist } from '../components/Checklist';
import { ContactCard } from '../components/ContactCard';
import { DaLine } from '../components/DaLine';

interface Props {
  outcome: OutcomeId;
  headingRef: Ref<HTMLHeadingElement>;
}

const nationalHotlineCall = contacts.nationalHotline.channels[0];

export function OutcomeScreen({ outcome: id, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const outcome = outcomes[id];
  // Some outcomes have a tip or a heading for the local lines; the key says which.
  type Optional = 'outcomes.missingChildResult.tip' | 'outcomes.missingChildResult.localLinesTitle';
  const tipKey = `outcomes.${id}.tip` as Optional;
  const localLinesKey = `outcomes.${id}.localLinesTitle` as Optional;
  const tip = t(tipKey, { defaultValue: '' });
  const values = { emergency: emergencyCall.display };
  return (
    <>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {t(`outcomes.${id}.title`, values)}
      </h1>
      <section className="primary-action" aria-labelledby="step-heading">
        <p className="primary-text">{t(`outcomes.${id}.primary`, values)}</p>
        {outcome.primary.map((contact) => (
          <ContactCard key={contact} id={contact} heading="h2" prominent />
        ))}
        {tip && <p className="tip">{tip}</p>}
      </section>
      {outcome.localLines && (
        <section aria-labelledby="local-lines-title">
          <h2 id="local-lines-title">{t(localLinesKey)}</h2>
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
          <Trans
            i18nKey="outcomes.interpreters"
            values={{ number: nationalHotlineCall.display }}
            components={{ call: <a href={nationalHotlineCall.href} dir="ltr" /> }}
          />
        </p>
      )}
      <Checklist
        title={t('haveReady.title')}
        items={Object.values(t(`haveReady.${outcome.haveReady}`, { returnObjects: true }))}
      />
      <Checklist title={t('avoid.title')} items={Object.values(t('avoid.items', { returnObjects: true }))} />
      <DaLine />
    </>
  );
}
