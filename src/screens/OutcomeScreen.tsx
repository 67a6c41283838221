// An outcome: what to do, first and largest; then more help, the checklists and the DA's line.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { emergencyCall, localLines } from '../flow/contacts';
import { outcomes, type OutcomeId } from '../flow/outcomes';
import { Checklist } from '../components/Checklist';
import { ContactCard } from '../components/ContactCard';
import { DaLine } from '../components/DaLine';

interface Props {
  outcome: OutcomeId;
  headingRef: Ref<HTMLHeadingElement>;
}

export function OutcomeScreen({ outcome: id, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const outcome = outcomes[id];
  const words = `outcomes.${id}` as 'outcomes.missingChildResult';
  const values = { emergency: emergencyCall.display };
  const optional = (key: 'tip' | 'localLinesTitle') =>
    i18n.exists(`${words}.${key}`) ? t(`${words}.${key}`, values) : undefined;
  const tip = optional('tip');
  const localLinesTitle = optional('localLinesTitle');
  return (
    <>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {t(`${words}.title`, values)}
      </h1>
      <section className="primary-action" aria-labelledby="step-heading">
        <p className="primary-text">{t(`${words}.primary`, values)}</p>
        {outcome.primary.map((contact) => (
          <ContactCard key={contact} id={contact} heading="h2" prominent />
        ))}
        {tip && <p className="tip">{tip}</p>}
      </section>
      {outcome.localLines && localLinesTitle && (
        <section aria-labelledby="local-lines-title">
          <h2 id="local-lines-title">{localLinesTitle}</h2>
          {localLines.map((contact) => (
            <ContactCard key={contact} id={contact} heading="h3" />
          ))}
        </section>
      )}
      {outcome.secondary.length > 0 && (
        <section aria-labelledby="secondary-title">
          <h2 id="secondary-title">{t(`${words}.secondaryTitle`)}</h2>
          {outcome.secondary.map((contact) => (
            <ContactCard key={contact} id={contact} heading="h3" />
          ))}
        </section>
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
