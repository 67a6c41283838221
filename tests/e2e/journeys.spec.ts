// The core journeys on the production build of the place the tests follow (PLACE), tagged @core so
// CI can run them alone for every place (`npm run test:e2e:core`): the first screen, each outcome by
// its shortest way with every link its view lists, and Back on the page. The other core journeys are
// tagged where they live: browser Back and Exit (history.spec.ts), "This is happening to me" and
// the kiosk's idle reset (about-me.spec.ts, kiosk.spec.ts), bad addresses (bad-input.spec.ts).
import { expect, test } from '@playwright/test';
import { app } from './app';
import type { OutcomeId } from './appData';
import { answer, openTool } from './helpers';
import { answerLabel, callEmergency, codes, core, en, endingWith, english, labelsTo, open, outcomeTitle, screens, type Lang } from './screens';

/** Every link an outcome's view offers, in screen order: its call sentence, its contacts' ways, the lines with a number. */
function viewLinks(outcome: OutcomeId, lang: Lang) {
  return app.outcomeView(outcome, lang).sections.flatMap((section) => {
    switch (section.kind) {
      case 'action':
        return [...(section.call ? [section.call] : []), ...section.contacts.flatMap(({ channels }) => channels)];
      case 'contacts':
        return section.contacts.flatMap(({ channels }) => channels);
      case 'call':
        return [section.channel];
      default:
        return [];
    }
  });
}

/** The titles an outcome's view gives its parts (notes, lists of contacts, checklists), in `lang`. */
function viewTitles(outcome: OutcomeId, lang: Lang) {
  return app.outcomeView(outcome, lang).sections.flatMap((section) =>
    section.kind === 'notes' || section.kind === 'contacts' || section.kind === 'checklist' ? [app.say(lang, section.title)] : [],
  );
}

test('the first screen: the place in the title, the first question and its answers, 911, Exit and the place\'s languages', core, async ({ page }) => {
  await openTool(page, '/');
  const title = await page.title();
  for (const name of [en('app.name'), en('app.place')]) expect(title).toContain(name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
  for (const answerId of app.questions.danger) {
    await expect(page.getByRole('button', { name: en(`answers.${answerId}`), exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: callEmergency() }).first()).toHaveAttribute('href', app.emergencyCall.href);
  await expect(page.getByRole('link', { name: en('exit.button'), exact: true })).toHaveAttribute('href', app.exitUrl);
  const picker = page.getByRole('combobox', { name: en('common.language') });
  if (codes.length > 1) {
    // Each language in its own name, in the place's order.
    await expect(picker.locator('option')).toHaveText(app.languages.map((language) => language.name));
  } else {
    // One language: nothing to choose, so no picker at all.
    await expect(page.getByRole('combobox')).toHaveCount(0);
  }
});

for (const lang of codes) {
  test(`in ${lang}, each outcome, by its shortest way, shows its heading, its parts and exactly the links its view lists`, core, async ({ page }) => {
    test.setTimeout(60_000);
    for (const outcome of app.outcomeIds) {
      await open(page, lang, outcome);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(outcome, lang));
      for (const title of viewTitles(outcome, lang)) await expect(page.locator('main').getByText(title, { exact: true })).toBeVisible();
      const links = page.locator('main a[href]:visible');
      const expected = viewLinks(outcome, lang);
      await expect(links, outcome).toHaveCount(expected.length);
      expect(await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href'))), outcome).toEqual(
        expected.map((channel) => channel.href),
      );
      // Each link says the number or address it dials or opens.
      for (const [index, channel] of expected.entries()) await expect(links.nth(index)).toContainText(channel.display);
    }
  });
}

test('Back on the page steps back one question at a time, each earlier answer marked, then offers no Back', core, async ({ page }) => {
  // The longest of the shortest ways: the most questions to step back over.
  const outcome = app.outcomeIds.reduce((longest, id) => (screens[id].length > screens[longest].length ? id : longest));
  const way = screens[outcome];
  await openTool(page, '/');
  await answer(page, ...labelsTo(outcome));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(outcome));
  for (const step of [...way].reverse()) {
    await page.getByRole('button', { name: en('common.back'), exact: true }).click();
    const question = step.from;
    if (!app.isQuestion(question)) throw new Error(`${question} is not a question`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en(`questions.${question}.title`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('button', { name: answerLabel(english, step), exact: true })).toHaveAccessibleDescription(
      endingWith(en('common.earlierAnswer')),
    );
  }
  await expect(page.getByRole('button', { name: en('common.back'), exact: true })).toHaveCount(0);
});
