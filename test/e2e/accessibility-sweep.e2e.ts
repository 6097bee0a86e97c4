import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { shortLinkPath } from '../../shared/short-link';
import type { MessageKey } from '../../web/src/lib/i18n/dictionaries';
import { baseUrl, expectNoAxeViolations, launchBrowser } from './support/browser';
import {
  approveViaApi,
  callApi,
  fillGuidedSubmission,
  MIA,
  run,
  submitViaApi,
  text,
  tokenFor,
  type ApiPersona,
  type Language,
} from './support/residents';

/**
 * Issue 10's "done when": axe-core finds nothing on any page of the web app, in German and
 * English, on a phone, a desktop and a kiosk screen, and no page scrolls sideways on a phone
 * (axe does not see that). Each page is one row of PAGES: its path, who looks at it, and what
 * shows once it has loaded; a new page is one more row.
 */

type Fixtures = {
  published: { id: string; title: string };
  pending: { id: string; title: string };
  heldComment: { storyId: string; id: string };
  reported: { id: string; title: string };
  exhibition: string;
  draftExhibition: string;
};

type Persona = 'visitor' | 'author' | 'moderator' | 'curator';

type PageRow = {
  name: string;
  path: (f: Fixtures) => string;
  as: Persona;
  /** A Playwright selector for what the page shows once loaded, in the page's language. */
  ready: (f: Fixtures, say: (key: MessageKey) => string) => string;
  /** What a person does after the page loads to reach the state checked (e.g. a form step). */
  then?: (page: Page, language: Language, f: Fixtures) => Promise<void>;
};

/** The kiosk starts in German every time; a visitor picks English with its language button. */
async function kioskIn(page: Page, language: Language, view: 'intro' | 'story' = 'intro') {
  if (language === 'en') await page.locator('.languages button[lang=en]').click();
  await page.locator(`html[lang=${language}]`).waitFor({ state: 'attached' });
  if (view === 'intro') return;
  await page.getByRole('button', { name: text(language, 'kiosk.next') }).click();
  await page.locator('#kiosk-story-title').waitFor();
}

const feedCard = 'main article a[href^="/stories/"]';
const quoted = (value: string) => JSON.stringify(value);

const PAGES: PageRow[] = [
  { name: 'home', path: () => '/', as: 'visitor', ready: () => feedCard },
  {
    name: 'feed with filters',
    path: () => '/?theme=colliery&sort=top',
    as: 'visitor',
    ready: () => feedCard,
  },
  {
    name: 'story page',
    path: (f) => `/stories/${f.published.id}`,
    as: 'visitor',
    ready: () => 'text=Ich war auch dabei.',
  },
  {
    name: 'short link',
    path: (f) => shortLinkPath(f.published.id),
    as: 'visitor',
    ready: (f) => `#story-title:has-text(${quoted(f.published.title)})`,
  },
  { name: 'login', path: () => '/login', as: 'visitor', ready: () => '[data-testid=persona-anna]' },
  { name: 'exhibitions', path: () => '/exhibitions', as: 'visitor', ready: () => 'main .list li' },
  { name: 'impressum', path: () => '/impressum', as: 'visitor', ready: () => 'main h1' },
  { name: 'datenschutz', path: () => '/datenschutz', as: 'visitor', ready: () => 'main h1' },
  {
    name: 'barrierefreiheit',
    path: () => '/barrierefreiheit',
    as: 'visitor',
    ready: () => 'main h1',
  },
  { name: 'bedingungen', path: () => '/bedingungen', as: 'visitor', ready: () => 'main h1' },
  { name: 'statistik', path: () => '/statistik', as: 'visitor', ready: () => 'main svg[role=img]' },
  {
    name: 'leichte-sprache',
    path: () => '/leichte-sprache',
    as: 'visitor',
    ready: () => 'main h1',
  },
  {
    name: 'exhibition',
    path: (f) => `/exhibitions/${f.exhibition}`,
    as: 'visitor',
    ready: (f) => `main article a:has-text(${quoted(f.published.title)})`,
  },
  {
    name: 'print catalogue',
    path: (f) => `/exhibitions/${f.exhibition}/print`,
    as: 'visitor',
    ready: (f) => `text=${f.published.title}`,
  },
  {
    name: 'kiosk, its intro',
    path: (f) => `/kiosk/${f.exhibition}?advance=0&poll=600`,
    as: 'visitor',
    ready: () => '.kiosk h2',
    then: (page, language) => kioskIn(page, language),
  },
  {
    name: 'kiosk, a story',
    path: (f) => `/kiosk/${f.exhibition}?advance=0&poll=600`,
    as: 'visitor',
    ready: () => '.kiosk h2',
    then: (page, language) => kioskIn(page, language, 'story'),
  },
  {
    name: 'kiosk preview, a story',
    path: (f) => `/kiosk/${f.draftExhibition}?preview&advance=0&poll=600`,
    as: 'curator',
    ready: () => '.kiosk h2',
    then: (page, language) => kioskIn(page, language, 'story'),
  },
  {
    name: 'unknown route',
    path: () => '/no-such-page',
    as: 'visitor',
    ready: (_, say) => `h1:has-text(${quoted(say('notFound.heading'))})`,
  },
  { name: 'submit, first step', path: () => '/submit', as: 'author', ready: () => '#field-title' },
  {
    name: 'submit, preview',
    path: () => '/submit',
    as: 'author',
    ready: () => '#field-title',
    then: (page, language) =>
      fillGuidedSubmission(page, language, {
        title: `Vorschau im Durchgang ${run}`,
        body: 'Am Bahnübergang warteten wir jeden Morgen, bis der Kohlenzug vorbei war.',
        themes: ['everyday-life'],
      }),
  },
  {
    name: 'my stories',
    path: () => '/me/stories',
    as: 'author',
    ready: (f) => `main a:has-text(${quoted(f.pending.title)})`,
  },
  {
    name: 'my data',
    path: () => '/me/data',
    as: 'author',
    ready: (f) => `main li a:has-text(${quoted(f.pending.title)})`,
  },
  {
    name: 'edit my story',
    path: (f) => `/me/stories/${f.pending.id}/edit`,
    as: 'author',
    ready: () => '#field-title',
  },
  {
    name: 'account deleted',
    path: () => '/me/deleted',
    as: 'visitor',
    ready: () => 'main h1',
  },
  {
    name: 'moderation: stories',
    path: () => '/moderation',
    as: 'moderator',
    ready: () => '.rows article',
  },
  {
    name: 'moderation: comments',
    path: () => '/moderation?queue=comments',
    as: 'moderator',
    ready: () => '.rows article',
  },
  {
    name: 'moderation: reports',
    path: () => '/moderation?queue=reports',
    as: 'moderator',
    ready: () => '.rows article',
  },
  {
    name: 'moderation: a story',
    path: (f) => `/moderation/stories/${f.pending.id}`,
    as: 'moderator',
    ready: () => '#decision-heading',
  },
  {
    name: 'moderation: a comment',
    path: (f) => `/moderation/comments/${f.heldComment.storyId}/${f.heldComment.id}`,
    as: 'moderator',
    ready: () => '#decision-heading',
  },
  {
    name: 'moderation: a report',
    path: (f) => `/moderation/reports/${f.reported.id}`,
    as: 'moderator',
    ready: () => '#decision-heading',
  },
  {
    name: 'moderation log',
    path: () => '/moderation/log',
    as: 'moderator',
    ready: () => 'ol.log li',
  },
  {
    name: 'curation',
    path: () => '/curation',
    as: 'curator',
    ready: (_, say) => `text=${say('curation.finder.consent.yes')}`,
  },
  {
    name: 'curation: an exhibition',
    path: (f) => `/curation/exhibitions/${f.exhibition}`,
    as: 'curator',
    ready: () => '#details-heading',
  },
];

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'kiosk', width: 1920, height: 1080 },
] as const;
const LANGUAGES: Language[] = ['de', 'en'];

const person = (label: string, groups: string[] = []): ApiPersona => ({
  sub: `u-sweep-${label}-${run}`,
  name: `Sweep ${label} ${run}`,
  groups,
});
const AUTHOR = person('author');
const PEOPLE: Record<Persona, ApiPersona | null> = {
  visitor: null,
  author: AUTHOR,
  moderator: MIA,
  curator: demoUser('kai'),
};

/** Everything the pages show: a published story with a comment, a pending one, a held comment, a report, exhibitions. */
async function createFixtures(): Promise<Fixtures> {
  const publishedTitle = `Die Brieftauben vom Zechenhaus ${run}`;
  const published = await submitViaApi(person('writer'), publishedTitle, {
    themes: ['colliery'],
    consent: { exhibition: true },
  });
  await approveViaApi(published.id);
  await callApi(person('neighbour'), 'POST', `/stories/${published.id}/comments`, {
    body: 'Ich war auch dabei.',
  });
  const held = await callApi<{ id: string; status: string }>(
    person('caller'),
    'POST',
    `/stories/${published.id}/comments`,
    { body: 'Ruft mich an: 0234 5556677' },
  );
  expect(held.status).toBe('held');

  const pendingTitle = `Noch in Prüfung beim Durchgang ${run}`;
  const pending = await submitViaApi(AUTHOR, pendingTitle);

  const reportedTitle = `Der Kiosk am Markt ${run}`;
  const reported = await submitViaApi(person('other-writer'), reportedTitle);
  await approveViaApi(reported.id);
  await callApi(person('reporter'), 'POST', `/stories/${reported.id}/reports`, {
    reason: 'personal-data',
    note: 'Die Hausnummer steht im zweiten Satz.',
  });

  const curator = PEOPLE.curator!;
  const exhibitionWith = async (title: string, publish: boolean) => {
    const { id } = await callApi<{ id: string }>(curator, 'POST', '/exhibitions', {
      title: { de: title, en: `${title} (en)` },
      intro: { de: 'Erinnerungen aus den Kolonien.', en: 'Memories from the colliery estates.' },
    });
    await callApi(curator, 'POST', `/exhibitions/${id}/items`, { storyId: published.id });
    if (publish) await callApi(curator, 'POST', `/exhibitions/${id}/publish`);
    return id;
  };
  return {
    published: { id: published.id, title: publishedTitle },
    pending: { id: pending.id, title: pendingTitle },
    heldComment: { storyId: published.id, id: held.id },
    reported: { id: reported.id, title: reportedTitle },
    exhibition: await exhibitionWith(`Zechenhäuser ${run}`, true),
    draftExhibition: await exhibitionWith(`Entwurf Zechenhäuser ${run}`, false),
  };
}

/** Whether the page is wider than the window, i.e. scrolls sideways; the widest offender named. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    if (scrollWidth <= width) return null;
    const wide = [...document.querySelectorAll('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > width + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(
        ({ el, right }) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(right)}px`,
      );
    return { scrollWidth, width, wide };
  });

let browser: Browser;
let fixtures: Fixtures;

beforeAll(async () => {
  browser = await launchBrowser();
  fixtures = await createFixtures();
});
afterAll(async () => {
  await browser?.close();
});

for (const language of LANGUAGES) {
  for (const size of SIZES) {
    describe(`every page in ${language} at ${size.width}×${size.height} (${size.name})`, () => {
      // One context per persona for this language and size, made when first needed.
      const contexts = new Map<Persona, Promise<BrowserContext>>();
      const contextFor = (persona: Persona) => {
        let context = contexts.get(persona);
        if (!context) {
          context = (async () => {
            const person = PEOPLE[persona];
            const token = person ? await tokenFor(person) : null;
            const made = await browser.newContext({
              baseURL: baseUrl(),
              locale: language === 'en' ? 'en-GB' : 'de-DE',
              viewport: { width: size.width, height: size.height },
            });
            // The language and the sign-in are in storage before any page script runs.
            await made.addInitScript(
              ([locale, value]) => {
                localStorage.setItem('ruhr-stories.locale', locale!);
                if (value) localStorage.setItem('ruhr-stories.token', value);
              },
              [language, token],
            );
            return made;
          })();
          contexts.set(persona, context);
        }
        return context;
      };
      afterAll(async () => {
        for (const context of contexts.values()) await (await context).close();
      });

      it.each(PAGES)('$name has no axe violations', async (row) => {
        const context = await contextFor(row.as);
        const page = await context.newPage();
        try {
          await page.goto(row.path(fixtures));
          const say = (key: MessageKey) => text(language, key);
          await page.locator(row.ready(fixtures, say)).first().waitFor({ timeout: 15_000 });
          await row.then?.(page, language, fixtures);
          await page.locator(`html[lang=${language}]`).waitFor({ state: 'attached' });
          if (size.width <= 390)
            expect.soft(await horizontalOverflow(page), 'sideways scrolling').toBeNull();
          const shots = process.env.SCREENSHOTS;
          if (shots) {
            const file = `${language}-${size.width}-${row.name.replace(/\W+/g, '-')}.png`;
            await page.screenshot({ path: `${shots}/${file}`, fullPage: size.width <= 390 });
          }
          await expectNoAxeViolations(page);
        } finally {
          await page.close();
        }
      });
    });
  }
}
