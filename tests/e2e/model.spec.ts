// Model-based: a few hundred random steps through the production build, chosen from the events the
// wizard machine itself accepts, mixed with browser Back and Forward, reloads, language switches,
// the network going and coming back, and (on a kiosk) Exit. The machine says where the page must
// be; after every step the page must show that heading in the current language, keep 911 in view,
// log no error, ask no other origin for anything and store nothing. MODEL_SEED=<n> replays a run.
import { expect, test, type Page } from '@playwright/test';
import type { SnapshotFrom } from 'xstate';
import { app } from './app';
import type { WizardEvent } from './appData';
import { openTool } from './helpers';
import { callEmergency, codes, en, english, outcomeTitle, wordsOf, type Lang } from './screens';
import { random } from './random';

const { getInitialSnapshot, getNextSnapshot, isQuestion, questions, wizardMachine } = app;

type Snapshot = SnapshotFrom<typeof wizardMachine>;

interface World {
  snapshot: Snapshot;
  lang: Lang;
  offline: boolean;
  /** Browser Back would leave the tool from here (no step to go back to). */
  depth: number;
}

function expectedHeading({ snapshot, lang }: World) {
  const step = snapshot.value;
  if (isQuestion(step)) return wordsOf(lang)(`questions.${step}.title`);
  return outcomeTitle(step, lang);
}

/** Watches the page for what must never happen: errors, requests elsewhere. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium logs a failed fetch while offline as an error; that is the network, not the app.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`request elsewhere: ${request.url()}`);
  });
  return problems;
}

async function check(page: Page, world: World, problems: string[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedHeading(world));
  // A link on a phone; on a kiosk, which cannot dial, the number written large.
  await expect(page.locator('.emergency-line').getByText(callEmergency(world.lang), { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: en('crash.title') })).toHaveCount(0);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(problems).toEqual([]);
}

async function run(page: Page, origin: string, address: string, steps: number, kiosk: boolean) {
  const seed = Number(process.env.MODEL_SEED ?? 20261129) + (kiosk ? 1 : 0);
  const next = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const problems = watch(page, origin);
  const fresh = (): World => ({ snapshot: getInitialSnapshot(wizardMachine), lang: english, offline: false, depth: 0 });
  let world = fresh();
  const log: string[] = [];
  const send = (event: WizardEvent) => {
    world.snapshot = getNextSnapshot(wizardMachine, world.snapshot, event);
  };
  const settle = async () => {
    // The first screen settles before the network may go: the app fetches ahead what any answer
    // needs (src/hooks/useFetchAhead.ts: the outcome screen, the crash screen's list, the date
    // formats, Listen where the browser speaks, the outcome words), and each module must have
    // arrived with all it imports (its stylesheet, fetched first, is not its code).
    await page.evaluate(
      async ({ names, words }) => {
        const wanted = 'speechSynthesis' in window ? names : names.filter((name) => name !== 'Listen');
        const codeOf = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
        for (;;) {
          const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
          const code = fetched.filter((url) => wanted.some((name) => codeOf(name).test(url)));
          if (wanted.every((name) => code.some((url) => codeOf(name).test(url))) && fetched.some((url) => url.includes(words))) {
            // The same modules the app imported: resolved once everything they import is here.
            await Promise.all(code.map((url) => import(url)));
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      { names: ['OutcomeScreen', 'ContactDirectory', 'dates', 'Listen'], words: `/locales/${english}/outcome.json` },
    );
  };

  await openTool(page, address);
  await settle();
  try {
    for (let step = 0; step < steps; step++) {
      const here = world.snapshot;
      const w = wordsOf(world.lang);
      const actions: [string, number, () => Promise<void>][] = [];
      if (isQuestion(here.value)) {
        const question = here.value;
        actions.push([`answer`, 8, async () => {
          const answer = pick(questions[question].filter((id) => here.can({ type: 'answer', answer: id })));
          log.push(`answer ${question}: ${answer}`);
          const label = w(`answers.${answer}`);
          await page.getByRole('button', { name: label, exact: true }).click();
          send({ type: 'answer', answer });
          world.depth += 1;
        }]);
      }
      if (here.can({ type: 'back' })) {
        actions.push(['Back (the page)', 2, async () => {
          await page.getByRole('button', { name: w('common.back'), exact: true }).click();
          send({ type: 'back' });
          world.depth -= 1;
        }]);
        actions.push(['Back (the browser)', 2, async () => {
          await page.goBack();
          send({ type: 'back' });
          world.depth -= 1;
        }]);
      }
      if (Object.keys(here.context.answers).length > 0) {
        actions.push(['Start over', 1, async () => {
          await page.getByRole('button', { name: w('common.startOver'), exact: true }).click();
          send({ type: 'restart' });
          world.depth = 0;
          if (kiosk) world.lang = english;
        }]);
      }
      // Forward never redoes an undone step: the page stays where it is.
      actions.push(['Forward (the browser)', 1, async () => void (await page.goForward())]);
      if (!world.offline) {
        actions.push(['reload', 1, async () => {
          await openTool(page, address);
          await settle();
          // The language chosen is not remembered: a reload starts in the address's language.
          world = fresh();
        }]);
        // The picker shows only where the place offers more than one language.
        if (codes.length > 1) actions.push(['language', 1, async () => {
          const lang = pick(codes);
          log.push(`language ${lang}`);
          await page.getByRole('combobox').selectOption(lang);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          world.lang = lang;
        }]);
      }
      actions.push([world.offline ? 'network back' : 'network gone', 1, async () => {
        world.offline = !world.offline;
        await page.context().setOffline(world.offline);
      }]);
      if (kiosk) {
        actions.push(['Exit (kiosk)', 1, async () => {
          await page.getByRole('link', { name: w('exit.button'), exact: true }).click();
          send({ type: 'restart' });
          world.depth = 0;
          world.lang = english;
        }]);
      }
      const total = actions.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      const [name, , act] = actions.find(([, weight]) => (roll -= weight) < 0) ?? actions[0];
      if (name !== 'answer' && name !== 'language') log.push(name);
      await act();
      await check(page, world, problems);
    }
  } catch (error) {
    throw new Error(
      `Model run failed with MODEL_SEED=${seed - (kiosk ? 1 : 0)} at step ${log.length}. Last steps:\n  ${log.slice(-12).join('\n  ')}\n${String(error)}`,
    );
  } finally {
    await page.context().setOffline(false);
  }
}

test.describe('model: random journeys', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a personal phone: 170 steps', async ({ page, baseURL }) => {
    await run(page, baseURL!, '/', 170, false);
  });

  test('a kiosk: 70 steps, Exit starts afresh', async ({ page, baseURL }) => {
    await run(page, baseURL!, '/?kiosk=1', 70, true);
  });
});
