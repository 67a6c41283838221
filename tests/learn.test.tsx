// "Learn about sex trafficking": the contents, each page, the law quoted in English in every
// language, the organisations' links, and leaving without the address ever changing.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enWords from '../locales/en/learn.json';
import { organizationIds, organizations } from '../src/flow/organizations';
import { jurisdiction } from '../src/jurisdiction/current';
import { changeLanguage, createI18n } from '../src/i18n/i18n';
import { languages, type LanguageCode } from '../src/i18n/languages';
import { LearnScreen, type LearnPageId } from '../src/screens/LearnScreen';

/** Keeps the page shown, as the app does (without the history entries, which App.test covers). */
function Learn({ onClose }: { onClose: () => void }) {
  const [page, setPage] = useState<LearnPageId>();
  return <LearnScreen headingRef={createRef()} onClose={onClose} page={page} onPage={setPage} />;
}
import { withPlaceNames } from './placeWords';

const en = withPlaceNames(enWords, 'en');
/** Another language the place offers, if any, with its learn words. */
const other = languages.find((language) => language.code !== 'en');

const pageIds = ['whatIs', 'control', 'where', 'risk', 'signs', 'law', 'organizations'] as const;

async function renderLearn(language: LanguageCode = 'en') {
  const i18n = createI18n();
  if (language !== 'en') await changeLanguage(i18n, language);
  await i18n.loadNamespaces(['learn', 'outcome']);
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <Learn onClose={onClose} />
      </Suspense>
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { user, onClose, i18n };
}

async function openPage(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: title }));
  return screen.getByRole('heading', { level: 1, name: title });
}

let address: string;
let historyLength: number;

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  address = window.location.href;
  historyLength = window.history.length;
});

afterEach(() => {
  // Nothing a person reads here may be left in the address or the history.
  expect(window.location.href).toBe(address);
  expect(window.history.length).toBe(historyLength);
  vi.restoreAllMocks();
});

describe('learn: contents', () => {
  it('lists the seven pages by title, in order', async () => {
    await renderLearn();
    expect(screen.getByRole('heading', { level: 1, name: en.title })).toBeVisible();
    expect(screen.getByText(en.intro)).toBeVisible();
    // Whose guidance the pages follow, only where the place names it: no claim about a source it has not.
    const source = jurisdiction.sources?.guidance;
    if (source) expect(screen.getByText(en.source.replace('{{source}}', source.en))).toBeVisible();
    else expect(screen.queryByText(/based on guidance/)).not.toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: en.contents });
    expect(within(contents).getAllByRole('button').map((button) => button.textContent)).toEqual(
      pageIds.map((id) => en.pages[id].title),
    );
  });

  it('"Back to the questions" calls onClose', async () => {
    const { user, onClose } = await renderLearn();
    await user.click(screen.getByRole('button', { name: 'Back to the questions' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('learn: pages', () => {
  it.each(pageIds)('%s shows its title as the heading, focused at the top, and goes back to the contents', async (id) => {
    const { user } = await renderLearn();
    const heading = await openPage(user, en.pages[id].title);
    expect(heading).toHaveFocus();
    expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.title }));
    expect(screen.getByRole('heading', { level: 1, name: en.title })).toHaveFocus();
    expect(screen.getByRole('navigation', { name: en.contents })).toBeVisible();
  });

  it('"Back to the questions" calls onClose from a page', async () => {
    const { user, onClose } = await renderLearn();
    await openPage(user, en.pages.whatIs.title);
    await user.click(screen.getByRole('button', { name: 'Back to the questions' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('who is at risk gives the number of NCMEC reports', async () => {
    const { user } = await renderLearn();
    await openPage(user, en.pages.risk.title);
    expect(screen.getByText(/27,800/)).toBeVisible();
  });

  it('signs to notice starts with the caution, then lists the signs', async () => {
    const { user } = await renderLearn();
    const heading = await openPage(user, en.pages.signs.title);
    expect(heading.nextElementSibling).toHaveTextContent(/^No single sign proves anything/);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    // Where the place names an organisation for more signs, the page sends readers there.
    const guide = jurisdiction.signsGuide ? organizations[jurisdiction.signsGuide] : undefined;
    const more = (text: string) => text.replace('{{organization}}', guide!.name.en).replace('{{address}}', guide!.display);
    if (guide) expect(screen.getByText(more(en.pages.signs.body.more))).toBeVisible();
    else expect(screen.queryByText(/\{\{organization\}\}|More signs/)).not.toBeInTheDocument();
  });

  it('the law is quoted word for word in English, labelled with its citation, without the note about the original', async () => {
    const { user } = await renderLearn();
    await openPage(user, en.pages.law.title);
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveAttribute('lang', 'en');
    for (const clause of jurisdiction.law.clauses) expect(quote).toHaveTextContent(clause);
    const label = en.pages.law.label.replace('{{citation}}', jurisdiction.law.citation);
    const quotedBy = jurisdiction.sources?.law ? ` ${en.pages.law.quotedBy.replace('{{source}}', jurisdiction.sources.law.en)}` : '';
    // Who quotes the law, only where the place says.
    expect(screen.getByText(label + quotedBy)).toBeVisible();
    expect(screen.queryByText(en.pages.law.original)).not.toBeInTheDocument();
  });

  it('every organisation is named and linked over https in a new tab', async () => {
    const { user } = await renderLearn();
    await openPage(user, en.pages.organizations.title);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(organizationIds.length);
    for (const id of organizationIds) {
      expect(screen.getByRole('heading', { level: 2, name: organizations[id].name.en })).toBeVisible();
      const link = screen.getByRole('link', { name: `${organizations[id].display} (opens in a new tab)` });
      expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});

// In another language the place offers, where it offers one.
if (other) {
  describe(`learn: in ${other.name}`, () => {
    it('shows its titles, and the law still in English with a note saying so', async () => {
      const { user, i18n } = await renderLearn(other.code);
      const t = i18n.getFixedT(other.code, 'learn');
      expect(screen.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();
      const contents = screen.getByRole('navigation', { name: t('contents') });
      expect(within(contents).getAllByRole('button').map((button) => button.textContent)).toEqual(pageIds.map((id) => t(`pages.${id}.title`)));
      expect(await openPage(user, t('pages.law.title'))).toHaveFocus();
      const quote = screen.getByRole('blockquote');
      expect(quote).toHaveAttribute('lang', 'en');
      expect(quote).toHaveTextContent(jurisdiction.law.clauses[0]);
      expect(screen.getByText(t('pages.law.original'))).toBeVisible();
    });
  });
}

