// An outcome, rendered from its view (src/flow/outcomeView.ts), section by section: the one action
// and its number, first and largest; then local lines and more help; the checklists behind
// disclosures; the prosecutor's line; when the numbers were last reviewed, and Print. Listen reads the
// same view, and the documents list it. Loaded on demand with its words and styles, so the first
// screen's JavaScript and CSS stay small.
import { Fragment, useContext, useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Checklist } from '../components/Checklist';
import { ContactCard } from '../components/ContactCard';
import { ListenSlot } from '../components/ListenSlot';
import { OutcomeClosing } from '../components/OutcomeClosing';
import { PhoneSentence } from '../components/PhoneSentence';
import type { OutcomeId } from '../flow/outcomeIds';
import { outcomeView, type OutcomeView, type Section } from '../flow/outcomeView';
import { useSay } from '../i18n/outcomeWords';
import { useWords } from '../i18n/useWords';
import { KioskContext } from '../kiosk/KioskContext';
import { KioskScanHint } from '../kiosk/KioskScanHint';
import { useOpenForPrint } from '../hooks/useOpenForPrint';
import './OutcomeScreen.css';

interface Props {
  outcome: OutcomeId;
  headingRef: Ref<HTMLHeadingElement>;
  /** Opens Browsing safely over this page (from the note on what a phone keeps). */
  onBrowsingSafely?: () => void;
  /** The view to render, when not the one for the language on screen: the review pack shows the
   *  English beside a translation, line for line, by rendering the translation's view in English. */
  view?: OutcomeView;
}

export function OutcomeScreen({ outcome, headingRef, onBrowsingSafely, view: given }: Props) {
  // Without its words (the network failed), this throws: the stand-in then shows every contact.
  const { i18n } = useWords('outcome');
  const { t: shell } = useTranslation();
  const say = useSay();
  const kiosk = useContext(KioskContext);
  useOpenForPrint();
  const computed = useMemo(() => outcomeView(outcome, i18n.language), [outcome, i18n.language]);
  const view = given ?? computed;

  const render = (section: Section): ReactNode => {
    switch (section.kind) {
      case 'heading':
        return (
          <h1 id="step-heading" className="outcome-title" tabIndex={-1} ref={headingRef}>
            {say(section.text)}
          </h1>
        );
      case 'action':
        return (
          <>
            <section className="primary-action" aria-labelledby="step-heading">
              <p className="primary-text">
                {section.call ? (
                  // A full-size target (WCAG 2.5.8), though 911 is only three digits.
                  <PhoneSentence text={say(section.text)} call={section.call} className="channel primary-call" />
                ) : (
                  say(section.text)
                )}
              </p>
              {section.contacts.map(({ id, channels }) => (
                // One primary contact is already named by the heading ("Call the … Office"): its name
                // again would only push the number down.
                <ContactCard key={id} id={id} channels={channels} heading={section.contacts.length > 1 ? 'h2' : undefined} prominent />
              ))}
              {section.tip && <p className="tip">{say(section.tip)}</p>}
            </section>
            {/* Listen and the kiosk's hint after the action, so the action and its number lead. */}
            <ListenSlot outcome={outcome} />
            {kiosk && <KioskScanHint />}
          </>
        );
      case 'notes':
        return (
          <section aria-labelledby="notes-title">
            <h2 id="notes-title">{say(section.title)}</h2>
            <ul>
              {section.items.map((item) => (
                <li key={item.key}>{say(item)}</li>
              ))}
            </ul>
            {onBrowsingSafely && (
              <p className="no-print">
                <button type="button" className="link-button" onClick={onBrowsingSafely}>
                  {shell('common.safetyLink')}
                </button>
              </p>
            )}
          </section>
        );
      case 'contacts':
        return (
          <section aria-labelledby={`${section.list}-title`}>
            <h2 id={`${section.list}-title`}>{say(section.title)}</h2>
            {section.contacts.map(({ id, channels }) => (
              // The hotlines for the person it is happening to lead with their first way (text) as a button.
              <ContactCard key={id} id={id} heading="h3" channels={channels} leadsWithButton={section.list === 'hotlines'} />
            ))}
          </section>
        );
      case 'call':
        return (
          <p className={section.line === 'prosecutor' ? 'da-line' : 'interpreters'}>
            <PhoneSentence text={say(section.text)} call={section.channel} />
          </p>
        );
      case 'checklist':
        return <Checklist title={say(section.title)} items={section.items.map(say)} />;
      case 'text':
        return <p className={section.tone === 'tip' ? 'tip' : undefined}>{say(section.text)}</p>;
      case 'reviewed':
        return <OutcomeClosing reviewed={section.date} />;
    }
  };

  // The checklists stand together (side by side in print).
  const groups: Section[][] = [];
  for (const section of view.sections) {
    const last = groups.at(-1);
    if (section.kind === 'checklist' && last?.[0].kind === 'checklist') last.push(section);
    else groups.push([section]);
  }
  return (
    <>
      {groups.map((group, index) =>
        group[0].kind === 'checklist' ? (
          <div key={index} className="checklists">
            {group.map((section, item) => (
              <Fragment key={item}>{render(section)}</Fragment>
            ))}
          </div>
        ) : (
          <Fragment key={index}>{render(group[0])}</Fragment>
        ),
      )}
    </>
  );
}
