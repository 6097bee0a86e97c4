import { describe, expect, it } from 'vitest';
import {
  flagKinds,
  ibanChecksumValid,
  prescreen,
  PRESCREEN_FLAG_KINDS,
  type PrescreenFlag,
  type PrescreenFlagKind,
} from './prescreen';
import { INSULT_WORDS } from './prescreen-words';

/** A sentence and the exact substrings that must be flagged with the kind, in order. */
type Positive = [text: string, flagged: string[]];
type Table = { positive: Positive[]; negative: string[] };

const TABLES: Record<PrescreenFlagKind, Table> = {
  email: {
    positive: [
      ['Meine Mail ist anna.k@example.de', ['anna.k@example.de']],
      ['Schreibt mir gern: jürgen.schmidt@ruhr-mail.com.', ['jürgen.schmidt@ruhr-mail.com']],
      [
        'Fotos von der Zeche schicke ich euch, Mail an opa.kowalski@gmx.net (bitte mit Betreff).',
        ['opa.kowalski@gmx.net'],
      ],
      [
        'Contact me at john_doe+ruhr@mail.co.uk if you knew my grandfather.',
        ['john_doe+ruhr@mail.co.uk'],
      ],
      ['Erreichbar bin ich unter anna (at) example (dot) de', ['anna (at) example (dot) de']],
      ['Schreibt an name [at] example.de, ich habe noch Fotos.', ['name [at] example.de']],
      ['My address is erika at gmx dot de, write any time.', ['erika at gmx dot de']],
      ['MEINE MAIL: ANNA@EXAMPLE.DE', ['ANNA@EXAMPLE.DE']],
      [
        'Two of us collect photos: a.b@example.org and c.d@example.com.',
        ['a.b@example.org', 'c.d@example.com'],
      ],
    ],
    negative: [
      'Wir trafen uns @ Zeche Zollverein, das war 1962.',
      'Folgt dem Museum auf Instagram: @bergbaumuseum',
      'We met at the pit head at noon.',
      'He worked at Hoesch for thirty years.',
      'The old mainframe address was admin@localhost.',
      'Drei Brötchen @ 10 Pfennig, das war der Preis.',
    ],
  },
  phone: {
    positive: [
      ['Ruf mich an: 0234 5678901', ['0234 5678901']],
      ['Meine alte Nummer war 0234/123456, die gibt es noch.', ['0234/123456']],
      ['Tel. 0234-12 34 56 (ab 18 Uhr)', ['0234-12 34 56']],
      ['Telefon (0234) 123456', ['(0234) 123456']],
      ['Handy: 0171 1234567.', ['0171 1234567']],
      ['Aus dem Ausland: +49 234 123456', ['+49 234 123456']],
      ['Oder über 0049 234 123456 anrufen.', ['0049 234 123456']],
      [
        'Bürozeiten unter +49 (0) 234 123456 oder 02341234567',
        ['+49 (0) 234 123456', '02341234567'],
      ],
      ['Die Zentrale der Zeche hatte 0234 968-0.', ['0234 968-0']],
      ['Call my cousin in London on +44 20 7946 0958.', ['+44 20 7946 0958']],
      ['My uncle in Istanbul is on +90 212 555 12 34, he worked in Herne.', ['+90 212 555 12 34']],
      ['Ciocia w Warszawie: +48 22 123 45 67', ['+48 22 123 45 67']],
    ],
    negative: [
      'Wir zogen 1961 nach Gelsenkirchen.',
      'Mein Vater war von 1955–1973 auf Zollverein.',
      'Von 1960 bis 1973 arbeitete er unter Tage.',
      'Die letzte Zeche schloss am 21.12.2018.',
      'Wir wohnten in 44793 Bochum, Hattinger Straße 12.',
      'Die Frühschicht ging von 06:00 bis 14:00 Uhr.',
      'Frühschicht war 0600-1400, Spätschicht 1400-2200.',
      'Der Lohn betrug 2.500 Mark im Monat.',
      'Wir arbeiteten in 1.000 Meter Tiefe.',
      'Schacht 2 war 1.200 Meter tief.',
      'Über 400 000 Bergleute arbeiteten damals im Revier.',
      'Meine Markennummer war 4711, die von meinem Bruder 4712.',
      'In 1984 we moved to 12 Castle Street, Essen.',
      'The shaft was 1,200 metres deep and 8 metres wide.',
      'He earned 2,500 marks a month between 1965 and 1970.',
      'Coal trucks 12 34 56 stood on track 3 on 01/05/1962.',
      'Erst 01067 Dresden, dann 45127 Essen.',
    ],
  },
  link: {
    positive: [
      [
        'Mehr Fotos auf https://www.ruhrmuseum.de/sammlung?id=12.',
        ['https://www.ruhrmuseum.de/sammlung?id=12'],
      ],
      ['Schaut mal auf www.zeche-zollverein.de!', ['www.zeche-zollverein.de']],
      ['Alles über die Zeche auf zeche-hannover.de', ['zeche-hannover.de']],
      ['Siehe example.de/foo, da steht mehr.', ['example.de/foo']],
      [
        '(see http://en.wikipedia.org/wiki/Zollverein_(Zeche))',
        ['http://en.wikipedia.org/wiki/Zollverein_(Zeche)'],
      ],
      ['Check out ruhr-stories.nrw and bochum.ruhr for more.', ['ruhr-stories.nrw', 'bochum.ruhr']],
      ['My blog: www.example.xyz/ruhr', ['www.example.xyz/ruhr']],
      ['Strony: kopalnia.pl und madencilik.com.tr', ['kopalnia.pl', 'madencilik.com.tr']],
      ['Il sito museo-minatori.it racconta tutto.', ['museo-minatori.it']],
    ],
    negative: [
      'Das war z.B. im Jahr 1961 so.',
      'Er kam aus der Türkei.Damals war alles anders.',
      'I loved that time.it was hard work though.',
      'Wir fuhren nach Bochum.De facto war das unser Zuhause.',
      'Version 2.0 der Ausstellung, Datei foto.jpg',
      'The last shift ended at 6 p.m. on a Friday.',
      'Opa sagte immer: "Glück auf!" und ging.',
      'Ein https:// allein ist noch kein Link.',
    ],
  },
  iban: {
    positive: [
      ['Spenden bitte an DE89 3704 0044 0532 0130 00, danke!', ['DE89 3704 0044 0532 0130 00']],
      ['IBAN: DE89370400440532013000', ['DE89370400440532013000']],
      ['Donations to GB82 WEST 1234 5698 7654 32 please', ['GB82 WEST 1234 5698 7654 32']],
      [
        'My Polish account is PL61 1090 1014 0000 0712 1981 2874.',
        ['PL61 1090 1014 0000 0712 1981 2874'],
      ],
      ['Türkische Bank: TR33 0006 1005 1978 6457 8413 26', ['TR33 0006 1005 1978 6457 8413 26']],
      ['NL91ABNA0417164300 is my Dutch account', ['NL91ABNA0417164300']],
      ['kleingeschrieben: de89 3704 0044 0532 0130 00', ['de89 3704 0044 0532 0130 00']],
      ['Konto in Österreich AT61 1904 3002 3457 3201', ['AT61 1904 3002 3457 3201']],
    ],
    negative: [
      'Die Nummer DE89 3704 0044 0532 0130 01 war falsch abgetippt.',
      'Unser Käfer hatte das Kennzeichen BO AB 1234.',
      'Die Lok hieß DE12 und fuhr bis 1970.',
      'Our old account number was AB12 3456 7890 1234 5678 90.',
      'Bestellnummer XX12345678901234567890 stand auf dem Karton.',
      'The serial number was GB12 ABCD 1234 5678 9012 34.',
      'Ticket DE00 1234 5678 9012 3456 78 für das Museum.',
    ],
  },
  shouting: {
    positive: [
      ['DAS WAR DIE SCHÖNSTE ZEIT MEINES LEBENS', ['DAS WAR DIE SCHÖNSTE ZEIT MEINES LEBENS']],
      ['Ich sage nur: NIE WIEDER SO EINE SCHICHT!', ['NIE WIEDER SO EINE SCHICHT']],
      ['Das war UNGLAUBLICH schön.', ['UNGLAUBLICH']],
      ['ÜBERTAGE UND UNTERTAGE, alles vorbei.', ['ÜBERTAGE', 'UNTERTAGE']],
      ['ICH WAR 30 JAHRE UNTER TAGE', ['ICH WAR 30 JAHRE UNTER TAGE']],
      ['WIR SIND BVB FANS, seit 1970!', ['WIR SIND BVB FANS']],
      ['THIS IS THE BEST STORY EVER', ['THIS IS THE BEST STORY EVER']],
      ['We were SO PROUD OF OUR FATHERS and grandfathers.', ['SO PROUD OF OUR FATHERS']],
      ['What a TERRIBLE, TERRIBLE decision.', ['TERRIBLE', 'TERRIBLE']],
      ['I AM SO ANGRY ABOUT IT, really.', ['I AM SO ANGRY ABOUT IT']],
    ],
    negative: [
      'Ich war 30 Jahre bei der RAG.',
      'Die IBA Emscher Park hat das Revier verändert.',
      'Der BVB spielte gegen Schalke.',
      'Mitglied in der IG BCE, im DGB und in der SPD.',
      'Wir wohnten damals in NRW, genauer in Herne.',
      'Im Vorstand: DGB IG BCE NRW.',
      'Die BOGESTRA fuhr bis Hordel. GLÜCKAUF, Kumpel!',
      'My grandfather joined the IG BCE in 1970.',
      'We drove on the A40 every day, OK?',
      'Shaft XII at Zollverein is a UNESCO site today.',
    ],
  },
  insult: {
    positive: [
      ['Der Steiger war ein Idiot.', ['Idiot']],
      ['Diese Arschlöcher von der Zechenleitung!', ['Arschlöcher']],
      ['Halt die Klappe, du Wichser', ['Wichser']],
      ['Alles Vollidioten im Rat damals.', ['Vollidioten']],
      ['Man hat uns Kanaken genannt, das tat weh.', ['Kanaken']],
      ['Die Arschloecher haben die Zeche zugemacht.', ['Arschloecher']],
      ['Scheiß-Idioten, alle miteinander', ['Idioten']],
      ['What a bunch of morons.', ['morons']],
      ['He called the foreman an asshole to his face.', ['asshole']],
      ['They called my father a dago and worse.', ['dago']],
      ['You IDIOT, you cost us the shift.', ['IDIOT']],
      ['Bastards, the lot of them, and one was a real scumbag.', ['Bastards', 'scumbag']],
    ],
    negative: [
      'Seine Spastik wurde nach dem Grubenunglück schlimmer.',
      'Eine spastische Lähmung nach dem Unfall.',
      'Im Schlamm der Emscher spielten wir Kinder.',
      'Sie war etwas schlampig mit dem Haushaltsbuch.',
      'Die Kanak leben auf Neukaledonien, das lernten wir in der Schule.',
      'Mój dziadek był Polakiem i górnikiem.',
      'Der Hund wog 40 Kilo.',
      'Zigeunerschnitzel gab es in der Kantine jeden Donnerstag.',
      'We lived near Scunthorpe before moving to Essen.',
      'The fire retardant coating was new in 1975.',
      'The assessment of the classic pit ponies was kind.',
      'Die Idiotie des Krieges hat mein Opa nie vergessen.',
    ],
  },
};

/** Invariants every result must keep, whatever the text; the problems found, for a readable diff. */
function problems(text: string, flags: PrescreenFlag[]): string[] {
  const found: string[] = [];
  const structural = new Set<PrescreenFlagKind>(['email', 'phone', 'link', 'iban']);
  const open: PrescreenFlag[] = [];
  let structuralEnd = 0;
  flags.forEach((flag, i) => {
    const name = `${flag.kind} ${flag.start}-${flag.end}`;
    if (!(flag.start >= 0 && flag.start < flag.end && flag.end <= text.length)) {
      found.push(`${name}: bad range`);
    }
    if (flag.text !== text.slice(flag.start, flag.end))
      found.push(`${name}: text is not the slice`);
    const previous = flags[i - 1];
    if (previous && previous.start > flag.start) found.push(`${name}: not sorted by start`);
    if (
      previous &&
      previous.kind === flag.kind &&
      previous.start === flag.start &&
      previous.end === flag.end
    ) {
      found.push(`${name}: duplicate`);
    }
    // Nested or disjoint: every flag lies inside the flags still open where it starts.
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= flag.start) open.pop();
    const enclosing = open[open.length - 1];
    if (enclosing && flag.end > enclosing.end) found.push(`${name}: crosses ${enclosing.kind}`);
    open.push(flag);
    if (structural.has(flag.kind)) {
      if (flag.start < structuralEnd) found.push(`${name}: overlaps another structural flag`);
      structuralEnd = Math.max(structuralEnd, flag.end);
    }
  });
  return found;
}

function expectWellFormed(text: string, flags: PrescreenFlag[]) {
  expect(problems(text, flags)).toEqual([]);
}

describe('prescreen', () => {
  describe.each(PRESCREEN_FLAG_KINDS)('%s', (kind) => {
    const table = TABLES[kind];

    it('has at least six positive and six negative examples', () => {
      expect(table.positive.length).toBeGreaterThanOrEqual(6);
      expect(table.negative.length).toBeGreaterThanOrEqual(6);
    });

    it.each(table.positive)('flags %j', (text, flagged) => {
      const flags = prescreen(text);
      expect(flags.filter((flag) => flag.kind === kind).map((flag) => flag.text)).toEqual(flagged);
      expectWellFormed(text, flags);
    });

    it.each(table.negative)('leaves %j alone', (text) => {
      expect(prescreen(text)).toEqual([]);
    });
  });

  it('returns nothing for an empty or plain text', () => {
    expect(prescreen('')).toEqual([]);
    expect(prescreen('Wir zogen 1961 nach Gelsenkirchen, mein Vater fuhr auf Consol ein.')).toEqual(
      [],
    );
  });

  it('gives exact offsets, sorted by start', () => {
    const text =
      'Hallo! Meine Mail: anna.k@example.de, Tel. 0234 5678901. DAS IST EIN SKANDAL, ihr Idioten. ' +
      'Mehr auf www.ruhr-stories.nrw/opa';
    const at = (part: string) => {
      const start = text.indexOf(part);
      return { start, end: start + part.length, text: part };
    };
    expect(prescreen(text)).toEqual([
      { kind: 'email', ...at('anna.k@example.de') },
      { kind: 'phone', ...at('0234 5678901') },
      { kind: 'shouting', ...at('DAS IST EIN SKANDAL') },
      { kind: 'insult', ...at('Idioten') },
      { kind: 'link', ...at('www.ruhr-stories.nrw/opa') },
    ]);
  });

  it('counts offsets in UTF-16 code units, as String.slice does', () => {
    const text = 'Glück auf 👷‍♂️⛏️ — Mail: kumpel@zeche.de';
    const [flag] = prescreen(text);
    expect(flag).toMatchObject({ kind: 'email', start: text.indexOf('kumpel') });
    expect(flag && text.slice(flag.start, flag.end)).toBe('kumpel@zeche.de');
  });

  it('nests an insult inside shouting, the enclosing flag first', () => {
    const text = 'IDIOTEN SIND DAS ALLE, ehrlich.';
    expect(prescreen(text)).toEqual([
      { kind: 'shouting', start: 0, end: 21, text: 'IDIOTEN SIND DAS ALLE' },
      { kind: 'insult', start: 0, end: 7, text: 'IDIOTEN' },
    ]);
  });

  it('does not flag the domain of an address as a link, nor the digits of an IBAN as a phone', () => {
    expect(prescreen('anna.k@example.de').map((flag) => flag.kind)).toEqual(['email']);
    expect(prescreen('DE89 3704 0044 0532 0130 00').map((flag) => flag.kind)).toEqual(['iban']);
    expect(prescreen('https://example.de/kontakt/0234-123456').map((flag) => flag.kind)).toEqual([
      'link',
    ]);
  });

  it('does not count an address or link in capitals as shouting', () => {
    expect(flagKinds(prescreen('MAIL AN ANNA@EXAMPLE.DE BITTE'))).toEqual(['email']);
    expect(flagKinds(prescreen('Seht euch WWW.ZECHE-HANNOVER.DE an'))).toEqual(['link']);
  });

  it('cuts a following year off a phone number rather than dropping it', () => {
    expect(prescreen('+49 234 123456 1961 zogen wir um').map((flag) => flag.text)).toEqual([
      '+49 234 123456',
    ]);
    expect(prescreen('Ruf an: 0234 5678901 1961 kam ich').map((flag) => flag.text)).toEqual([
      '0234 5678901',
    ]);
  });

  it('keeps every listed insult form matchable', () => {
    for (const entry of INSULT_WORDS) {
      for (const form of entry.forms) {
        expect(flagKinds(prescreen(`Du ${form}!`)), form).toEqual(['insult']);
        expect(flagKinds(prescreen(`du ${form.toUpperCase()}`)), form).toContain('insult');
      }
    }
  });

  it('screens a long text with many flags, and hostile input, to the end', () => {
    const paragraph =
      'Mein Vater fuhr 1961 auf Zeche Hannover ein, Schacht 2 war 1.200 Meter tief. ' +
      'Fotos gibt es bei anna.k@example.de oder unter 0234 5678901, der Steiger war ein Idiot. ' +
      'Mehr dazu auf zeche-hannover.de und spenden an DE89 3704 0044 0532 0130 00. ';
    const text = paragraph.repeat(Math.ceil(20_000 / paragraph.length) + 1);
    expect(text.length).toBeGreaterThan(20_000);
    const flags = prescreen(text);
    const count = text.length / paragraph.length;
    expect(flags).toHaveLength(5 * count);
    expect(flagKinds(flags)).toEqual(['email', 'phone', 'link', 'iban', 'insult']);
    expectWellFormed(text, flags);

    const hostile = [
      'a'.repeat(20_000),
      '0'.repeat(20_000),
      'a.'.repeat(10_000),
      'a@'.repeat(10_000),
      'a-'.repeat(10_000) + '@',
      'www.'.repeat(5_000),
      '0234 '.repeat(4_000),
      '+4 '.repeat(7_000),
      '(at) '.repeat(4_000),
      'DE89 '.repeat(4_000),
      'x'.repeat(10_000) + '.de',
      'A '.repeat(10_000),
      'https://' + '('.repeat(20_000),
    ];
    for (const input of hostile) expectWellFormed(input, prescreen(input));
    expect(prescreen('AB '.repeat(5_000))).toHaveLength(1);
  });
});

describe('the invariant check', () => {
  it('notices crossing, unsorted and duplicate flags', () => {
    const text = 'abcdefghij';
    const flag = (kind: PrescreenFlagKind, start: number, end: number): PrescreenFlag => ({
      kind,
      start,
      end,
      text: text.slice(start, end),
    });
    expect(problems(text, [flag('shouting', 0, 5), flag('insult', 3, 7)])).toHaveLength(1);
    expect(problems(text, [flag('insult', 3, 7), flag('insult', 0, 2)])).toHaveLength(1);
    expect(problems(text, [flag('insult', 0, 2), flag('insult', 0, 2)])).toHaveLength(1);
    expect(problems(text, [flag('link', 0, 5), flag('email', 2, 4)])).toHaveLength(1);
    expect(problems(text, [flag('link', 0, 5), flag('insult', 2, 4), flag('phone', 5, 9)])).toEqual(
      [],
    );
  });
});

describe('flagKinds', () => {
  it('lists each kind once, in a fixed order', () => {
    const flags = prescreen('Idiot! Ruf an: 0234 5678901. Nochmal: Idiot! Oder 0171 1234567.');
    expect(flags).toHaveLength(4);
    expect(flagKinds(flags)).toEqual(['phone', 'insult']);
    expect(flagKinds([])).toEqual([]);
  });
});

describe('ibanChecksumValid', () => {
  it('checks mod 97', () => {
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('FR1420041010050500013M02606')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013001')).toBe(false);
    expect(ibanChecksumValid('DE89 3704')).toBe(false);
  });
});
