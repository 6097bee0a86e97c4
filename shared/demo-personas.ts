/**
 * The demo personas: the people of the seeded demo content, the ones the login page signs in as,
 * and the ones the tests act as. Invented people; no real private person is named.
 */
import type { Role } from './vocabulary';

export type DemoPersonaId =
  | 'anna'
  | 'ben'
  | 'mia'
  | 'kai'
  | 'emine'
  | 'jerzy'
  | 'giuseppe'
  | 'heinz'
  | 'sabine'
  | 'dimitra'
  | 'lukas'
  | 'walter'
  | 'gerda'
  | 'kurt'
  | 'soyeon'
  | 'renate'
  | 'olaf'
  | 'lea';

/** The personas offered on the login page, with what each of them does there. */
export const SIGN_IN_PERSONA_IDS = ['anna', 'ben', 'mia', 'kai', 'lea', 'olaf'] as const;
export type SignInPersonaId = (typeof SIGN_IN_PERSONA_IDS)[number];

export type DemoPersona = {
  id: DemoPersonaId;
  sub: string;
  name: string;
  groups: Role[];
  /** What the persona does, shown on the login page; only the sign-in personas have one. */
  description?: { de: string; en: string };
};

export const DEMO_PERSONAS: DemoPersona[] = [
  {
    id: 'anna',
    sub: 'u-anna',
    name: 'Anna Brinkmann',
    groups: [],
    description: {
      de: 'Anwohnerin – teilt und liest Geschichten.',
      en: 'Resident – shares and reads stories.',
    },
  },
  {
    id: 'ben',
    sub: 'u-ben',
    name: 'Ben Schulte',
    groups: [],
    description: {
      de: 'Anwohner – teilt und liest Geschichten.',
      en: 'Resident – shares and reads stories.',
    },
  },
  {
    id: 'mia',
    sub: 'u-mia',
    name: 'Mia Hoffmann',
    groups: ['moderators'],
    description: {
      de: 'Moderatorin – prüft Geschichten, bevor sie erscheinen.',
      en: 'Moderator – checks stories before they appear.',
    },
  },
  {
    id: 'kai',
    sub: 'u-kai',
    name: 'Kai Lindner',
    groups: ['curators'],
    description: {
      de: 'Kurator des Museums – wählt Geschichten für Ausstellungen aus.',
      en: 'Curator at the museum – chooses stories for exhibitions.',
    },
  },
  { id: 'emine', sub: 'u-emine', name: 'Emine Yıldız', groups: [] },
  { id: 'jerzy', sub: 'u-jerzy', name: 'Jerzy Wiśniewski', groups: [] },
  { id: 'giuseppe', sub: 'u-giuseppe', name: 'Giuseppe Lombardi', groups: [] },
  { id: 'heinz', sub: 'u-heinz', name: 'Heinz Kubiak', groups: [] },
  { id: 'sabine', sub: 'u-sabine', name: 'Sabine Overbeck', groups: [] },
  { id: 'dimitra', sub: 'u-dimitra', name: 'Dimitra Karali', groups: [] },
  { id: 'lukas', sub: 'u-lukas', name: 'Lukas Terhorst', groups: [] },
  { id: 'walter', sub: 'u-walter', name: 'Walter Grabowski', groups: [] },
  { id: 'gerda', sub: 'u-gerda', name: 'Gerda Tenhagen', groups: [] },
  { id: 'kurt', sub: 'u-kurt', name: 'Kurt Pieper', groups: [] },
  { id: 'soyeon', sub: 'u-soyeon', name: 'Soyeon Park', groups: [] },
  { id: 'renate', sub: 'u-renate', name: 'Renate Dückers', groups: [] },
  {
    id: 'olaf',
    sub: 'u-olaf',
    name: 'Olaf Brandt',
    groups: ['admins'],
    description: { de: 'verwaltet die Rollen des Teams', en: 'manages the team’s roles' },
  },
  {
    id: 'lea',
    sub: 'u-lea',
    name: 'Lea Nowak',
    groups: ['researchers'],
    description: {
      de: 'Forscherin – lädt Geschichten mit Forschungszustimmung herunter.',
      en: 'Researcher – downloads stories consented for research.',
    },
  },
];

/** The persona with this id. */
export function demoPersona(id: DemoPersonaId): DemoPersona {
  const persona = DEMO_PERSONAS.find((p) => p.id === id);
  if (!persona) throw new Error(`Unknown demo persona ${id}`);
  return persona;
}

/** The claims a persona signs in with (what `POST /api/dev/token` takes), and nothing else. */
export function demoUser(id: DemoPersonaId): { sub: string; name: string; groups: Role[] } {
  const { sub, name, groups } = demoPersona(id);
  return { sub, name, groups: [...groups] };
}

/** The personas of the login page, in its order, each with its description. */
export const SIGN_IN_PERSONAS = SIGN_IN_PERSONA_IDS.map((id) => {
  const persona = demoPersona(id);
  if (!persona.description) throw new Error(`Sign-in persona ${id} has no description`);
  return { ...persona, id, description: persona.description };
});
