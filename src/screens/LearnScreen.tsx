// "Learn about sex trafficking": a contents list of short pages, written from the guidance the
// place names as its source (if it names one).
// The page shown is the app's to keep (src/hooks/useBrowserHistory.ts gives each an entry, so Back
// returns to the contents); no URL, hash or history state records which page was read.
import { useCallback, useEffect, useRef, type Ref } from 'react';
import { ChannelLink } from '../components/ChannelLink';
import { organizationIds, organizations } from '../flow/organizations';
import { jurisdiction } from '../jurisdiction/current';
import { localize } from '../jurisdiction/types';
import { useWords } from '../i18n/useWords';
import './LearnScreen.css';

/** The pages, in the order the contents list them. */
export const learnPageIds = ['whatIs', 'control', 'where', 'risk', 'signs', 'law', 'organizations'] as const;
export type LearnPageId = (typeof learnPageIds)[number];
type PageId = LearnPageId;

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
  /** The page shown; the contents when none. */
  page?: PageId;
  /** Opens a page, or (without one) returns to the contents. */
  onPage: (page?: PageId) => void;
}

export function LearnScreen({ headingRef, onClose, page, onPage }: Props) {
  const { t, i18n } = useWords('learn');
  // The organisation links use the outcome words ("opens in a new tab"): make sure they are here.
  useWords('outcome');
  const heading = useRef<HTMLHeadingElement | null>(null);
  const setHeading = useCallback(
    (element: HTMLHeadingElement | null) => {
      heading.current = element;
      if (typeof headingRef === 'function') headingRef(element);
      else if (headingRef) headingRef.current = element;
    },
    [headingRef],
  );

  // The app moves focus when this screen opens; moving between its pages is ours to announce, so
  // a screen reader reads the new page's title at once.
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    heading.current?.focus();
    window.scrollTo?.(0, 0);
  }, [page]);

  const backToQuestions = (
    <button type="button" className="secondary" onClick={onClose}>
      {t('backToQuestions')}
    </button>
  );

  if (!page) {
    return (
      <>
        <h1 id="step-heading" tabIndex={-1} ref={setHeading}>
          {t('title')}
        </h1>
        <p>{t('intro')}</p>
        {jurisdiction.sources?.guidance && <p>{t('source', { source: localize(jurisdiction.sources.guidance, i18n.language) })}</p>}
        <nav aria-label={t('contents')}>
          <ul className="learn-contents">
            {learnPageIds.map((id) => (
              <li key={id}>
                <button type="button" className="secondary" onClick={() => onPage(id)}>
                  {t(`pages.${id}.title`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="step-nav">{backToQuestions}</div>
      </>
    );
  }

  return (
    <>
      <h1 id="step-heading" tabIndex={-1} ref={setHeading}>
        {t(`pages.${page}.title`)}
      </h1>
      <PageContent page={page} />
      <div className="step-nav">
        <button type="button" className="secondary" onClick={() => onPage()}>
          {t('title')}
        </button>
        {backToQuestions}
      </div>
    </>
  );
}

function PageContent({ page }: { page: PageId }) {
  const { t, i18n } = useWords('learn');
  switch (page) {
    case 'signs': {
      const { caution, more: _more, ...signs } = t('pages.signs.body', { returnObjects: true });
      // Where the place sends readers for more signs, if it names an organisation for that.
      const guide = jurisdiction.signsGuide ? organizations[jurisdiction.signsGuide] : undefined;
      return (
        <>
          <p className="learn-caution">{caution}</p>
          <ul>
            {Object.entries(signs).map(([key, sign]) => (
              <li key={key}>{sign}</li>
            ))}
          </ul>
          {guide && (
            <p>{t('pages.signs.body.more', { organization: localize(guide.name, i18n.language), address: guide.display })}</p>
          )}
        </>
      );
    }
    case 'law':
      return (
        <>
          <p>
            {t('pages.law.label', { citation: jurisdiction.law.citation })}
            {jurisdiction.sources?.law && <> {t('pages.law.quotedBy', { source: localize(jurisdiction.sources.law, i18n.language) })}</>}
          </p>
          {i18n.resolvedLanguage !== 'en' && <p>{t('pages.law.original')}</p>}
          {/* The law is quoted in its original language, so it is read with that pronunciation. */}
          <blockquote className="learn-law" lang={jurisdiction.law.language} dir="ltr">
            {jurisdiction.law.clauses.map((clause) => (
              <p key={clause}>{clause}</p>
            ))}
          </blockquote>
        </>
      );
    case 'organizations':
      return (
        <>
          <p>{t('pages.organizations.body.intro')}</p>
          {organizationIds.map((id) => (
            <div key={id} className="contact">
              <h2 className="contact-name">{localize(organizations[id].name, i18n.language)}</h2>
              <p className="contact-about">{localize(organizations[id].about, i18n.language)}</p>
              <p>
                <ChannelLink channel={{ kind: 'web', display: organizations[id].display, href: organizations[id].href }} />
              </p>
            </div>
          ))}
        </>
      );
    default:
      return (
        <>
          {Object.entries(t(`pages.${page}.body`, { returnObjects: true })).map(([key, paragraph]) => (
            <p key={key}>{paragraph}</p>
          ))}
        </>
      );
  }
}
