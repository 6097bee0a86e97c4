import { StoryInputSchema, type StoryInputDraft } from '../../shared/schemas/story';
import type { CallInput } from '../../shared/schemas/calls';
import { CURRENT_TERMS_VERSION } from '../../shared/vocabulary';
import type { Deps } from '../../functions/src/core/deps';
import {
  curationContextOf,
  moderationContextOf,
  storiesContextOf,
} from '../../functions/src/composition';
import { createCall } from '../../functions/src/curation/commands/create-call';
import { publishCall } from '../../functions/src/curation/commands/publish-call';
import { decideStory } from '../../functions/src/moderation/commands/decide-story';
import { submitStory } from '../../functions/src/stories/commands/submit-story';
import { DEMO_PERSONAS, demoUser, type DemoPersonaId } from '../../shared/demo-personas';

const DAY = 86_400_000;
const HOUR = 3_600_000;

type DemoAnswer = {
  author: DemoPersonaId;
  daysAgo: number;
  published: boolean;
  input: Omit<StoryInputDraft, 'consent' | 'language' | 'attribution'> &
    Partial<Pick<StoryInputDraft, 'attribution' | 'language'>>;
};
type DemoCall = {
  openedDaysAgo: number;
  closesInDays: number;
  call: CallInput;
  answers: DemoAnswer[];
};

const consent = {
  online: true as const,
  exhibition: true,
  research: false,
  license: 'CC-BY-4.0' as const,
  termsVersion: CURRENT_TERMS_VERSION,
};

/** Two calls of the museum: one open, with an answer still waiting, and one closed. */
const DEMO_CALLS: DemoCall[] = [
  {
    openedDaysAgo: 20,
    closesInDays: 40,
    call: {
      title: { de: 'Ihr letzter Arbeitstag', en: 'Your last working day' },
      question: {
        de: 'Wie war Ihr letzter Tag auf der Zeche, in der Hütte oder im Betrieb?',
        en: 'What was your last day at the colliery, the steelworks or the plant like?',
      },
      intro: {
        de: 'Mit der letzten Schicht endete für viele Menschen im Revier ein Arbeitsleben – oft nicht freiwillig. Das Deutsche Bergbau-Museum sammelt Erinnerungen an diesen Tag: an die Kolleginnen und Kollegen, an das, was man mitgenommen hat, und an das, was danach kam.',
        en: 'For many people in the Ruhr, the last shift ended a working life, often not by choice. The Deutsches Bergbau-Museum collects memories of that day: of the colleagues, of what you took with you, and of what came after.',
      },
      prompts: [
        { de: 'Wer war an dem Tag bei Ihnen?', en: 'Who was with you that day?' },
        { de: 'Was haben Sie mitgenommen?', en: 'What did you take with you?' },
        { de: 'Was kam danach?', en: 'What came after?' },
      ],
      themes: ['colliery', 'structural-change'],
      opensAt: '',
    },
    answers: [
      {
        author: 'kurt',
        daysAgo: 12,
        published: true,
        input: {
          title: 'Der Schlüssel zum Spind',
          body: 'Am 19. Dezember 2018 habe ich auf Prosper-Haniel meinen Spind ausgeräumt. Viel war nicht drin: ein Handtuch, Seife, ein Foto von meiner Frau. Den Schlüssel sollte ich abgeben. Ich habe ihn behalten, er hängt heute in der Küche neben dem Kalender. Zum Schluss haben wir uns alle auf dem Zechenplatz hingestellt und das Steigerlied gesungen, und ich habe mich nicht geschämt, dass mir die Tränen kamen.',
          themes: ['colliery', 'structural-change'],
          place: { name: 'Bottrop', lat: 51.5236, lng: 6.9285, precision: 'city' },
          period: { from: 2018, to: 2018 },
          contentWarnings: [],
          media: [],
        },
      },
      {
        author: 'sabine',
        daysAgo: 8,
        published: true,
        input: {
          title: 'Kaffee für die letzte Schicht',
          body: 'Ich habe vierzehn Jahre in der Kantine von Zollverein gearbeitet. Am letzten Tag hat keiner gegessen, aber Kaffee haben wir gekocht wie für eine ganze Belegschaft. Die Männer standen mit den Tassen am Fenster und haben auf den Förderturm geguckt. Danach habe ich im Krankenhaus in der Küche angefangen. Das war auch gut, aber es war nicht mehr dasselbe.',
          themes: ['everyday-life', 'structural-change'],
          place: {
            name: 'Essen-Katernberg',
            lat: 51.4865,
            lng: 7.0442,
            precision: 'neighbourhood',
          },
          period: { from: 1986, to: 1986 },
          contentWarnings: [],
          media: [],
        },
      },
      {
        author: 'lukas',
        daysAgo: 1,
        published: false,
        input: {
          title: 'Opa und die Grubenlampe',
          body: 'Mein Opa hat mir erzählt, dass er an seinem letzten Tag die Grubenlampe nicht abgeben wollte. Der Lampenmeister hat so getan, als hätte er nichts gesehen. Die Lampe steht heute bei uns im Regal, und ich habe sie als Kind immer für einen Schatz gehalten.',
          themes: ['colliery', 'remembrance'],
          place: { name: 'Gelsenkirchen', lat: 51.5177, lng: 7.0857, precision: 'city' },
          period: { from: 1997, to: 1997 },
          contentWarnings: [],
          media: [],
        },
      },
    ],
  },
  {
    openedDaysAgo: 400,
    closesInDays: -250,
    call: {
      title: { de: 'Angekommen im Revier', en: 'Arriving in the Ruhr' },
      question: {
        de: 'Woran erinnern Sie sich, wenn Sie an Ihre ersten Tage im Ruhrgebiet denken?',
        en: 'What do you remember of your first days in the Ruhr?',
      },
      intro: {
        de: 'Hunderttausende kamen zum Arbeiten ins Revier – aus Italien, Griechenland, der Türkei, Polen, Korea und vielen anderen Ländern. Wir haben nach den ersten Tagen gefragt: nach dem Bahnhof, der ersten Wohnung, den ersten Wörtern.',
        en: 'Hundreds of thousands came to the Ruhr to work: from Italy, Greece, Turkey, Poland, Korea and many other countries. We asked about the first days: the station, the first home, the first words.',
      },
      prompts: [
        { de: 'Wo sind Sie angekommen?', en: 'Where did you arrive?' },
        { de: 'Wer hat Ihnen geholfen?', en: 'Who helped you?' },
      ],
      themes: ['migration', 'beginnings'],
      opensAt: '',
    },
    answers: [
      {
        author: 'dimitra',
        daysAgo: 380,
        published: true,
        input: {
          title: 'Der erste Winter in Herne',
          body: 'Im November 1961 kam ich mit meinem Mann nach Herne. Ich hatte noch nie Schnee gesehen und stand am ersten Morgen barfuß am Fenster des Wohnheims. Eine Nachbarin aus Schlesien hat mir Wollsocken geschenkt und mir die ersten deutschen Wörter beigebracht: Brot, Kohle, kalt. Wir sind bis heute befreundet.',
          themes: ['migration', 'beginnings'],
          place: { name: 'Herne', lat: 51.5369, lng: 7.2009, precision: 'city' },
          period: { from: 1961, to: 1962 },
          contentWarnings: [],
          media: [],
        },
      },
      {
        author: 'emine',
        daysAgo: 300,
        published: true,
        input: {
          title: 'Ein Koffer und eine Adresse',
          body: 'Mein Vater hatte nur einen Koffer und einen Zettel mit einer Adresse in Duisburg-Marxloh. Am Bahnhof hat ihn ein Landsmann abgeholt, den er nicht kannte, und ihm für die erste Woche sein eigenes Bett überlassen. Diese Geschichte hat er uns jedes Jahr zum Zuckerfest erzählt.',
          themes: ['migration', 'community'],
          attribution: 'anonymous',
          place: {
            name: 'Duisburg-Marxloh',
            lat: 51.5038,
            lng: 6.7788,
            precision: 'neighbourhood',
          },
          period: { from: 1970, to: 1970 },
          contentWarnings: [],
          media: [],
        },
      },
    ],
  },
];

/**
 * The demo's calls for stories and their answers, through the same commands the API uses: each
 * call drafted and published by the curator persona, each answer sent in while its call was open
 * and approved by the moderator persona (the last one of the open call still waits). Returns the
 * number of answers written.
 */
export async function seedDemoCalls(deps: Pick<Deps, 'db' | 'media'>, now: Date): Promise<number> {
  const curator = demoUser(DEMO_PERSONAS.find((p) => p.groups.includes('curators'))!.id);
  const moderator = demoUser(DEMO_PERSONAS.find((p) => p.groups.includes('moderators'))!.id);
  const at = (ms: number) => () => new Date(ms);
  let written = 0;
  for (const demo of DEMO_CALLS) {
    const opened = now.getTime() - demo.openedDaysAgo * DAY;
    const curation = curationContextOf({ ...deps, now: at(opened - DAY) });
    const call = await createCall(curation, curator, {
      ...demo.call,
      opensAt: new Date(opened).toISOString(),
      closesAt: new Date(now.getTime() + demo.closesInDays * DAY).toISOString(),
    });
    const published = await publishCall(curation, call.id);
    if (!published.ok) throw new Error(`Could not publish demo call: ${published.reason}`);
    for (const answer of demo.answers) {
      const submittedAt = now.getTime() - answer.daysAgo * DAY;
      const stories = storiesContextOf({ ...deps, now: at(submittedAt) });
      const input = StoryInputSchema.parse({
        language: 'de',
        attribution: 'name',
        consent,
        ...answer.input,
        callId: call.id,
      });
      const submitted = await submitStory(stories, demoUser(answer.author), input);
      if (!submitted.ok) throw new Error(`Could not answer demo call: ${String(submitted.reason)}`);
      written++;
      if (!answer.published) continue;
      const moderation = moderationContextOf({ ...deps, now: at(submittedAt + 20 * HOUR) });
      const decided = await decideStory(moderation, moderator, submitted.value.id, {
        decision: 'approve',
      });
      if (!decided.ok) throw new Error(`Could not publish demo answer: ${decided.reason}`);
    }
  }
  return written;
}
