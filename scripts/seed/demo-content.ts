/**
 * Demo content for Ruhr Stories: the stories that a fresh local or staging stack is seeded with,
 * told by the demo personas of shared/demo-personas.ts. Every `input` must parse with
 * StoryInputSchema. Facts in the texts are kept to what is well documented (closures, dates,
 * places); everything personal is invented, and no real private person is named.
 */
import type { DemoPersonaId } from '../../shared/demo-personas';
import type { ReportReason } from '../../shared/schemas/comment';
import type { StoryInputDraft } from '../../shared/schemas/story';
import type { DemoDrawing, DemoRecording } from './media/demo-media-assets';

/**
 * A photo or the recording of a demo story: one of the drawings or the synthesized recording of
 * ./media (made for this project), with the texts its author gives it, in the story's language.
 */
export type DemoMedium =
  | { kind: 'image'; drawing: DemoDrawing; alt: string; caption?: string; credit: string }
  | {
      kind: 'audio';
      recording: DemoRecording;
      caption?: string;
      credit: string;
      transcript: string;
    };

export type DemoStory = {
  key: string;
  author: DemoPersonaId;
  input: StoryInputDraft;
  state: 'published' | 'pending';
  submittedDaysAgo: number;
  decidedAfterHours?: number;
  comments?: { author: DemoPersonaId; body: string; daysAfterPublication: number }[];
  supporters?: DemoPersonaId[];
  /** Reports for the moderation queue's "reported" tab (fewer than three: the story stays up). */
  reports?: { by: DemoPersonaId; reason: ReportReason; note?: string }[];
  /** Photos and a recording, processed and attached as an upload would be (../demo-media.ts). */
  media?: DemoMedium[];
};

const DRAWING_CREDIT = { de: 'Zeichnung: Ruhr Stories Demo', en: 'Drawing: Ruhr Stories demo' };

/**
 * What the recording carries, said plainly: a tone made by a computer, not a person, playing a
 * tune whose words (traditional, public domain) follow.
 */
const STEIGERLIED_TRANSCRIPT = [
  '[Synthetic recording made for the Ruhr Stories demo: no one speaks or sings. A computer-generated tone plays the melody of the Steigerlied, the traditional miners’ song sung at the last shift in December 2018; about 30 seconds.]',
  'The words the melody carries (first verse, traditional):',
  'Glück auf, Glück auf, der Steiger kommt.\nUnd er hat sein helles Licht bei der Nacht,\nund er hat sein helles Licht bei der Nacht\nschon angezündt, schon angezündt.',
  '(Good luck, good luck, the pit deputy comes, and he has lit his bright light in the night, already lit it.)',
].join('\n\n');

export const DEMO_STORIES: DemoStory[] = [
  {
    key: 'last-shift-hannover',
    author: 'heinz',
    state: 'published',
    submittedDaysAgo: 210,
    decidedAfterHours: 26,
    input: {
      title: 'Die letzte Seilfahrt auf Hannover',
      body: [
        'Ende März 1973 bin ich zum letzten Mal auf Hannover angefahren. Ich war zweiunddreißig und seit meinem vierzehnten Lebensjahr auf der Zeche, erst in der Lehrwerkstatt, dann als Knappe, zuletzt als Hauer. Dass Schluss sein würde, wussten wir seit Monaten. Es wissen und es erleben sind zwei verschiedene Sachen.',
        'Von einer Schicht bleiben mir vor allem die Geräusche. Der Anschläger gibt das Signal, der Korb ruckt an, und dann hörst du nur noch das Seil und den Wetterzug im Schacht. An dem Morgen habe ich darauf geachtet wie nie vorher. In der Kaue roch es wie immer nach nassem Zeug, Kernseife und dem Staub, der nie ganz rausgeht. Die Sachen hingen an den Ketten unter der Decke, jeder hatte seinen Haken mit Nummer. Meine Marke trage ich heute noch am Schlüsselbund.',
        'Unser Steiger war ein ruhiger Mann aus Wattenscheid. Vor Ort hat er nicht viel gesagt, nur am Ende: „Jungs, wir lassen hier nix liegen.“ Wir haben das Gezähe zusammengetragen wie nach jeder Schicht. Keiner wollte der Erste sein, der was Weiches sagt.',
        'Ich habe an Erwin gedacht, mit dem ich 1964 im selben Streb war. Er ist bei einem Steinfall ums Leben gekommen, da war er sechsundzwanzig. Auf der Zeche wusste jeder, dass so etwas passieren kann, aber geredet hat man darüber kaum. An dem letzten Tag haben wir über ihn geredet, oben in der Kaue, noch im schwarzen Zeug, mit dem kalten Rest Kaffee aus der Pulle.',
        'Unsere Kokskohle ging nach Rheinhausen, in die Hochöfen von Krupp. Ein paar Jahre später haben die Kollegen dort um ihre eigene Hütte gekämpft. Manchmal denke ich, wir haben das alles kommen sehen und nicht hinsehen wollen.',
        'Danach wurde ich verlegt, nach Gelsenkirchen. Andere Zeche, andere Leute, das gleiche Glück auf. Aber wenn ich heute die Günnigfelder Straße entlangfahre und den Malakowturm sehe, dann höre ich das Seil.',
      ].join('\n\n'),
      language: 'de',
      themes: ['colliery', 'remembrance'],
      place: {
        name: 'Zeche Hannover, Bochum-Hordel',
        lat: 51.5047,
        lng: 7.1644,
        precision: 'exact',
      },
      period: { from: 1955, to: 1973, label: 'bis zur Stilllegung im März 1973' },
      contentWarnings: ['accident', 'death'],
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['anna', 'ben', 'sabine', 'walter', 'kai', 'lukas'],
    comments: [
      {
        author: 'walter',
        body: 'Heinz, das mit dem Seil kenne ich. Auf Dahlbusch hat es anders geklungen, tiefer, aber man hört es ein Leben lang. Glück auf!',
        daysAfterPublication: 2,
      },
      {
        author: 'kai',
        body: 'Vielen Dank für diesen Text. Wir zeigen im Museum eine Markentafel aus einer Kaue, und Ihre Zeilen über die Marke am Schlüsselbund würden wir sehr gern daneben stellen. Wir melden uns über die Plattform bei Ihnen.',
        daysAfterPublication: 5,
      },
      {
        author: 'heinz',
        body: 'Gerne. Die Marke leihe ich aber nur aus, die bleibt in der Familie.',
        daysAfterPublication: 6,
      },
      {
        author: 'lukas',
        body: 'My dad says exactly the same about the sound of the rope. Thank you for writing this down.',
        daysAfterPublication: 14,
      },
    ],
    media: [
      {
        kind: 'image',
        drawing: 'miners-lamp',
        alt: 'Zeichnung: eine brennende Grubenlampe aus Messing auf einem Holztisch, daneben eine runde Marke mit der Nummer 47 an einer Kette und eine Kaffeekanne aus Blech.',
        caption:
          'So lag sie nach der letzten Schicht auf dem Küchentisch: die Lampe, die Marke, die Pulle.',
        credit: DRAWING_CREDIT.de,
      },
    ],
  },
  {
    key: 'dahlbusch-may-1955',
    author: 'walter',
    state: 'published',
    submittedDaysAgo: 180,
    decidedAfterHours: 4,
    input: {
      title: 'Fünf Tage im Mai 1955',
      body: [
        'Im Mai 1955 war ich siebzehn und Berglehrling auf Dahlbusch. Am 7. Mai hieß es in der Lehrwerkstatt auf einmal, unten sei ein Blindschacht zusammengebrochen und drei Mann säßen fest, tief unten über der elften Sohle. Einer von ihnen war nur ein Jahr älter als ich.',
        'Was dann kam, habe ich nur von oben gesehen, als Junge, der nichts tun konnte. Vor dem Tor in Rotthausen standen die Frauen, Tag und Nacht, manche mit Kinderwagen. Keiner hat laut geredet. Wer von der Schicht kam, wurde angeschaut, als ob er etwas wüsste. Wir wussten nur, was durchsickerte: dass man sie mit einer Bohrung erreicht hatte, dass sie lebten, dass man ihnen durch das enge Loch zu essen und zu trinken hinunterließ.',
        'Dann bauten sie auf der Zeche eine Röhre, schmal wie ein Ofenrohr für einen Riesen, keine vierzig Zentimeter. Ich weiß noch, wie ein alter Schlosser sagte: „Da passt doch kein Mensch rein.“ Und ein anderer: „Muss ja.“ Den Namen Dahlbusch-Bombe hat sie erst später bekommen.',
        'Am Abend des 12. Mai waren alle drei oben. Ich stand draußen, und als die Nachricht durch die Menge ging, war es erst ganz still und dann so laut, wie ich es nie wieder erlebt habe. Fremde Leute lagen sich in den Armen.',
        'Man darf dabei nicht vergessen, was vorher war. Fünf Jahre zuvor waren auf Dahlbusch bei einer Schlagwetterexplosion 78 Mann gestorben, zwei davon aus unserer Straße. Und im August 1955 gab es wieder ein schweres Unglück, wieder mit vielen Toten. Das Glück im Mai hat niemanden vergessen lassen, wie nah das andere immer war.',
        'Ich bin dann dreißig Jahre eingefahren. Wenn ich heute im Bergbau-Museum in Bochum die Röhre sehe, bleibe ich jedes Mal stehen.',
      ].join('\n\n'),
      language: 'de',
      themes: ['colliery', 'community'],
      place: {
        name: 'Zeche Dahlbusch, Gelsenkirchen-Rotthausen',
        lat: 51.483,
        lng: 7.078,
        precision: 'neighbourhood',
      },
      period: { from: 1955, to: 1955, label: 'Mai 1955' },
      contentWarnings: ['accident', 'death'],
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-SA-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['heinz', 'gerda', 'kurt', 'mia', 'anna'],
    comments: [
      {
        author: 'heinz',
        body: 'Wir in Hordel haben damals jeden Abend am Radio gehangen. Dass du das vor dem Tor miterlebt hast, Walter: danke fürs Aufschreiben.',
        daysAfterPublication: 1,
      },
      {
        author: 'gerda',
        body: 'Meine Mutter hat für die drei eine Kerze ins Fenster gestellt. Die stand da noch wochenlang, auch als längst alle gerettet waren.',
        daysAfterPublication: 3,
      },
      {
        author: 'mia',
        body: 'Ein Text, der einem lange nachgeht. Danke, dass Sie auch an die Toten von 1950 und vom August 1955 erinnern.',
        daysAfterPublication: 4,
      },
    ],
  },
  {
    key: 'deputatkohle-welheim',
    author: 'gerda',
    state: 'published',
    submittedDaysAgo: 160,
    decidedAfterHours: 70,
    input: {
      title: 'Wenn die Kohle vor der Tür lag',
      body: [
        'Ein paarmal im Jahr lag sie plötzlich da: ein schwarzer Berg auf dem Bürgersteig vor unserem Haus in Welheim, Deputatkohle, abgekippt vom Lastwagen, und der Fahrer schon wieder weg. Mein Mann war Hauer auf Prosper, die Kohle stand ihm zu. Reinschaffen musste sie, wer zu Hause war. Und zu Hause war ich.',
        'Wir hatten einen Kohlenkeller mit einem kleinen Fenster zur Straße. Ich habe geschippt, die Kinder mit ihren Sandeimerchen, bis einer weinte, weil er sich den Zeh gestoßen hatte. Die Nachbarinnen kamen dazu, wenn ihre eigene Kohle schon drin war, und umgekehrt. Hinterher wurde der Bürgersteig gefegt, sonst gab es Gerede. In Welheim wurde viel gefegt.',
        'Der Staub war überall. Montags war Waschtag, und wenn der Wind falsch stand, hatte man auf den Bettlaken graue Sprenkel, bevor sie trocken waren. Die weißen Sonntagshemden habe ich im Keller auf der Leine getrocknet.',
        'Mein Mann kam nachmittags mit dem Fahrrad, die leere Butterbrotdose und die Kaffeepulle am Lenker, gewaschen, aber mit schwarzen Rändern um die Augen. Die gingen nie ganz weg. Dann hat er sich hingelegt, und alle mussten leise sein. In den Häusern hörte man alles durch die Wände, das Husten von nebenan auch.',
        'Von außen sahen die Häuser groß aus, innen war es eng. Aber es gab Gärten und hinten den Stall. Wir hatten Kaninchen, und im Sommer Stangenbohnen bis unters Dach.',
        'Heute ist Welheim schön gemacht, mit Bädern und Gasheizung. Ich freue mich darüber. Aber manchmal, wenn im Herbst irgendwo einer noch einen Kohleofen anmacht, bleibe ich auf der Straße stehen und rieche und bin wieder fünfundzwanzig.',
      ].join('\n\n'),
      language: 'de',
      themes: ['everyday-life', 'community'],
      place: {
        name: 'Gartenstadt Welheim, Bottrop',
        lat: 51.5292,
        lng: 6.9851,
        precision: 'neighbourhood',
      },
      period: { from: 1953, to: 1968, label: '50er und 60er Jahre' },
      attribution: 'anonymous',
      consent: {
        online: true,
        exhibition: false,
        research: true,
        license: 'all-rights-reserved',
        termsVersion: '2026-11',
      },
    },
    supporters: ['sabine', 'anna'],
  },
  {
    key: 'treno-da-foggia',
    author: 'giuseppe',
    state: 'published',
    submittedDaysAgo: 150,
    decidedAfterHours: 30,
    input: {
      title: 'Il treno da Foggia',
      body: [
        'Sono partito da San Severo nella primavera del 1957, con una valigia di cartone legata con lo spago e un pezzo di formaggio che mia madre aveva avvolto in un fazzoletto. Avevo vent’anni. In paese non c’era lavoro, e dalla Germania arrivavano lettere con dentro i marchi.',
        'A Verona ci hanno visitato i medici tedeschi. Ci guardavano i denti, le mani, la schiena, come alla fiera del bestiame. Chi era sano riceveva un foglio e saliva sul treno. Io l’ho ricevuto, e ho viaggiato una notte e un giorno con la fronte contro il vetro.',
        'A Gelsenkirchen era tutto grigio, perfino il cielo di maggio. Abitavamo in una baracca vicino alla miniera, otto uomini in una stanza, e di notte qualcuno parlava nel sonno in pugliese, qualcun altro in calabrese. La prima volta che sono sceso con la gabbia ho chiuso gli occhi. Giù faceva caldo, la polvere entrava dappertutto, e lo Steiger gridava parole che non capivo. “Glück auf” l’ho imparato il primo giorno. Il resto dopo.',
        'All’inizio i colleghi tedeschi ci chiamavano “Itaker”, e non sempre per scherzo. Poi un vecchio minatore di Buer mi ha insegnato a mettere bene i puntelli di legno, e da quel giorno ha diviso con me il suo pane. Io gli portavo l’olio che mi mandava mia madre. Così si diventa colleghi.',
        'Nel 1961 è arrivata mia moglie, Lucia, e non siamo più tornati, se non d’estate. I nostri figli sono nati qui e parlano il tedesco della Ruhr meglio di me.',
        'Questa storia l’ho raccontata a mia nipote, che l’ha scritta. Io ho solo corretto le parole difficili.',
      ].join('\n\n'),
      language: 'it',
      themes: ['migration', 'beginnings', 'colliery'],
      place: { name: 'Gelsenkirchen', lat: 51.5177, lng: 7.0857, precision: 'city' },
      period: { from: 1957, to: 1961 },
      contentWarnings: ['discrimination'],
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['emine', 'dimitra', 'jerzy', 'kai'],
    comments: [
      {
        author: 'dimitra',
        body: 'Anche noi avevamo una valigia così, solo che dentro c’era l’olio. Grazie, signor Giuseppe, e grazie alla nipote!',
        daysAfterPublication: 2,
      },
      {
        author: 'kai',
        body: 'Grazie mille! Die Stelle über die Untersuchung in Verona ist für unsere Forschung zur Anwerbung sehr wertvoll. Sie haben einer Ausstellung zugestimmt, und wir würden Ihre Geschichte gern in unserer nächsten Präsentation zur Arbeitsmigration zeigen. Wir melden uns bei Ihnen und Ihrer Enkelin.',
        daysAfterPublication: 6,
      },
      {
        author: 'giuseppe',
        body: 'Grazie a voi. Mia nipote dice che al museo verrà anche lei, con il vestito buono.',
        daysAfterPublication: 7,
      },
    ],
  },
  {
    key: 'ilk-kis-duisburg',
    author: 'emine',
    state: 'published',
    submittedDaysAgo: 140,
    decidedAfterHours: 8,
    input: {
      title: 'Duisburg’da ilk kışım',
      body: [
        '1973 yılının ekim ayında annemle birlikte Duisburg’a geldik. Dokuz yaşındaydım. Babam o zamana kadar dokuz yıldır Hamborn’da, Thyssen’in yüksek fırınlarında çalışıyordu. Onu yılda bir kez, yaz tatilinde görürdük; her gelişinde bana biraz daha yabancı gelirdi.',
        'İlk hatırladığım şey koku. Sabahları hava demir ve kükürt kokardı; balkona asılan çamaşırlar akşama kadar gri lekelerle dolardı. Geceleri gökyüzü fırınların ışığıyla turuncuya boyanırdı. Annem ilk haftalarda pencereden bakıp “Burada gece hiç olmuyor mu?” diye sormuştu.',
        'Okula başladığımda tek kelime Almanca bilmiyordum. Öğretmenim Frau Brandt ilk gün elimden tutup bana sıramı gösterdi ve her sabah bir kelime öğretti: Fenster, Tafel, Brot. Bir gün sınıftan bir çocuk beslenme kutumdaki sucuklu ekmeğe bakıp burnunu tuttu, diğerleri güldü. O akşam eve ağlayarak gittim. Ertesi hafta Frau Brandt herkesin evden bir yemek getirmesini istedi. O çocuk annesinin yaptığı mercimek çorbasını getirdi. Bizim evdekine çok benziyordu, sadece içinde sosis vardı. O gün ikimiz de biraz utandık, sonra güldük.',
        'Alt kattaki komşumuz Frau Kaminski yaşlı bir kadındı; dedesi bir zamanlar Polonya’dan madende çalışmaya gelmişti. Noel’de bana kurabiye verirdi, ben de ona bayramda annemin baklavasından götürürdüm. Birbirimizin dilini hiçbir zaman tam öğrenmedik ama aramızda sessizlik de olmadı.',
        'Babam 1993’te emekli oldu. Ben bu şehirde öğretmen oldum. Bazen sınıfıma tek kelime Almanca bilmeyen yeni bir çocuk geliyor. İlk gün elinden tutup ona sırasını gösteriyorum.',
      ].join('\n\n'),
      language: 'tr',
      themes: ['migration', 'everyday-life', 'beginnings'],
      place: { name: 'Duisburg', lat: 51.4344, lng: 6.7623, precision: 'city' },
      period: { from: 1973, to: 1974, label: 'ilk kış, 1973' },
      contentWarnings: ['discrimination'],
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: false,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['dimitra', 'anna', 'ben'],
  },
  {
    key: 'pradziadek-z-bottropu',
    author: 'jerzy',
    state: 'published',
    submittedDaysAgo: 120,
    decidedAfterHours: 48,
    input: {
      title: 'Pradziadek Franciszek z Bottropu',
      body: [
        'Mój pradziadek Franciszek przyjechał do Bottropu w 1905 roku ze wsi pod Gnieznem. Miał dziewiętnaście lat i jedną walizkę. W rodzinie mówiło się potem, że pojechał „na Westfalię”, jak setki chłopaków z Poznańskiego przed nim i po nim. W Bottropie pracował na kopalni jako rębacz, mieszkał w kolonii górniczej, a w niedziele chodził na polską mszę.',
        'Została po nim tylko jedna fotografia: mężczyzna w stroju towarzystwa gimnastycznego „Sokół”, z wąsami i bardzo poważną miną. Babcia opowiadała, że w domu czytano „Wiarusa Polskiego”, gazetę wydawaną w Bochum, i że dzieci uczyły się polskich liter przy kuchennym stole, bo w szkole wolno było mówić tylko po niemiecku.',
        'Po 1918 roku Polska znów istniała, ale rodzina nie wróciła do Wielkopolski. W 1923 roku Franciszek z żoną i trójką dzieci wyjechał dalej, do kopalń w północnej Francji, jak wielu Polaków z Zagłębia Ruhry w tamtych latach. Tam urodził się mój dziadek. Po wojnie dziadek wrócił do Polski, do Wałbrzycha, i znowu poszedł na kopalnię.',
        'Ja przyjechałem do Bottropu w 2012 roku, do pracy w firmie budowlanej. Dopiero tutaj zrozumiałem, że powtarzam drogę pradziadka, tylko sto lat później. W archiwum miejskim znalazłem jego nazwisko w księdze meldunkowej, razem z adresem. Ulica wciąż istnieje. Dom też. Stałem przed nim długo i nie wiedziałem, czy zapukać.',
        'Nie zapukałem. Ale 21 grudnia 2018 roku, kiedy zamykano Prosper-Haniel, ostatnią kopalnię węgla kamiennego w Niemczech, oglądałem w telewizji, jak górnicy śpiewają „Steigerlied”. Pomyślałem, że ktoś z naszej rodziny powinien to zobaczyć. Szczęść Boże, pradziadku.',
      ].join('\n\n'),
      language: 'pl',
      themes: ['migration', 'beginnings', 'remembrance'],
      place: { name: 'Bottrop', lat: 51.5236, lng: 6.9285, precision: 'city' },
      period: { from: 1905, to: 1923, label: '1905–1923' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC0-1.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['anna', 'kai'],
    comments: [
      {
        author: 'kai',
        body: 'Dziękujemy! Der Hinweis auf die Meldebücher im Stadtarchiv ist ein wunderbarer Tipp für andere Familien. Falls Sie die Fotografie im Sokół-Dress teilen möchten: Wir würden sie sehr gern sehen.',
        daysAfterPublication: 3,
      },
      {
        author: 'emine',
        body: 'Unsere Nachbarin in Duisburg hatte auch einen Großvater aus Posen. Sie hat immer „Glück auf“ und „Szczęść Boże“ gesagt, beides in einem Atemzug.',
        daysAfterPublication: 5,
      },
      {
        author: 'jerzy',
        body: 'Dziękuję. Zdjęcie chętnie pokażę, muszę je tylko odzyskać od ciotki z Wałbrzycha.',
        daysAfterPublication: 6,
      },
    ],
  },
  {
    key: 'ziege-liese-eving',
    author: 'sabine',
    state: 'published',
    submittedDaysAgo: 110,
    decidedAfterHours: 96,
    input: {
      title: 'Omas Ziege hieß Liese',
      body: [
        'Meine Oma ist 1924 in der Alten Kolonie Eving geboren und hat fast ihr ganzes Leben dort gewohnt. Was ich hier aufschreibe, hat sie mir erzählt, meistens beim Bohnenschnippeln, immer mit denselben Sätzen. Ich habe sie so gelassen.',
        'Zu jedem Haus gehörten ein Stall und ein Stück Garten. Bei ihnen stand im Stall die Liese, eine weiße Ziege, die Bergmannskuh. Oma musste sie nach der Schule zum Grasen an den Bahndamm bringen und abends wieder holen. Die Milch war für die Kleinen. „Die Liese hat uns durch die schlechten Jahre gebracht“, sagte sie, „mehr als mancher Mensch.“',
        'Die schlechten Jahre, das waren die Feierschichten Anfang der Dreißiger. Der Vater war auf Minister Stein, und wenn die Nachricht kam, dass nicht gefahren wird, gab es auch keinen Lohn. Dann wurde der Garten wichtiger als alles. Kartoffeln, Bohnen, Kohl, und im Herbst wurde eingekocht, bis die Küchenfenster beschlugen.',
        'Samstags ging es ins Wohlfahrtsgebäude am Nollendorfplatz, in die Badeanstalt. Oma erzählte von den gekachelten Kabinen und dem heißen Wasser, das man nicht zu lange laufen lassen durfte, weil sonst die Frau an der Kasse klopfte. Als kleines Kind war sie im selben Haus in der Verwahrschule gewesen, später in der Haushaltsschule.',
        'Die Kolonie war ein Dorf für sich. Die Leute kamen von überall her, aus Ostpreußen, aus Posen, aus dem Sauerland, und die Kinder sprachen untereinander eine Mischung, die nur sie verstanden.',
        'Als in den Siebzigern die Häuser abgerissen werden sollten, hat Oma für die Bürgerinitiative Unterschriften gesammelt, mit über fünfzig, von Tür zu Tür. Die Häuser stehen noch. Die Liese hat sie trotzdem bis zuletzt vermisst.',
      ].join('\n\n'),
      language: 'de',
      themes: ['everyday-life', 'community'],
      place: {
        name: 'Alte Kolonie Eving, Dortmund',
        lat: 51.5533,
        lng: 7.4581,
        precision: 'neighbourhood',
      },
      period: { from: 1929, to: 1934, label: 'Anfang der 30er' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-SA-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['gerda', 'heinz', 'anna', 'kurt'],
    reports: [
      {
        by: 'kurt',
        reason: 'personal-data',
        note: 'Ist der Nachbar mit vollem Namen genannt? Bitte einmal prüfen.',
      },
    ],
    media: [
      {
        kind: 'image',
        drawing: 'colliery-street',
        alt: 'Zeichnung: eine Straße mit drei gleichen roten Backstein-Doppelhäusern, Vorgärten mit weißen Zäunen und Kopfsteinpflaster; im mittleren Garten steht eine weiße Ziege, hinter den Dächern ein Fördergerüst.',
        caption: 'Eine Straße in der Kolonie, wie Oma sie beschrieb, mit der Liese im Vorgarten.',
        credit: DRAWING_CREDIT.de,
      },
    ],
  },
  {
    key: 'minister-stein-1987',
    author: 'sabine',
    state: 'published',
    submittedDaysAgo: 100,
    decidedAfterHours: 12,
    input: {
      title: 'Als auf Minister Stein Schicht war',
      body: [
        'Am letzten Märztag 1987 wurde Minister Stein stillgelegt. Danach gab es in Dortmund keine fördernde Zeche mehr. Ich war fünfundzwanzig, arbeitete als Verkäuferin in der Innenstadt und hatte mir freigenommen, ohne genau zu wissen, wofür.',
        'Mein Vater hat nicht viel darüber geredet. Er ist morgens los wie immer, mit der Tasche, und ich bin später mit meiner Mutter zur Zeche gelaufen. Da standen schon viele, Frauen, Rentner, Kinder auf den Schultern ihrer Väter. Einer hatte ein Transparent gemalt, ein anderer ein Akkordeon dabei. Als die Männer rauskamen, war es gar nicht feierlich. Sie sahen aus wie nach jeder Schicht, nur dass keiner nach Hause wollte.',
        'Für Eving war die Zeche nicht nur Arbeit. Der Hammerkopfturm war das Erste, was man sah, wenn man aus der Stadt zurückkam, und daneben der Gasometer. Als Kinder haben wir nach dem Turm die Zeit geschätzt: wie hoch die Sonne über ihm steht. Als später der Gasometer gesprengt wurde, hat meine Mutter geweint, und mein Vater hat gesagt: „Ist doch bloß ein Blechtopf.“ Dann ist er rausgegangen.',
        'Er wurde nach Bergkamen verlegt und ist noch ein paar Jahre gefahren. In Eving machten Geschäfte zu, die Kneipe an unserer Ecke wurde eine Spielhalle und später ein Imbiss.',
        'Heute sind auf dem alten Zechengelände Büros und die Sozialforschungsstelle der Uni, und der Hammerkopfturm steht noch, sauber gemacht. Ich gehe manchmal dort vorbei und finde es gut, dass er da ist. Aber der Geruch fehlt. Man glaubt nicht, dass man einen Geruch vermissen kann.',
      ].join('\n\n'),
      language: 'de',
      themes: ['structural-change', 'remembrance', 'colliery'],
      place: {
        name: 'Zeche Minister Stein, Dortmund-Eving',
        lat: 51.549,
        lng: 7.465,
        precision: 'neighbourhood',
      },
      period: { from: 1987, to: 1987, label: '31. März 1987' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: false,
        research: false,
        license: 'all-rights-reserved',
        termsVersion: '2026-11',
      },
    },
    supporters: ['heinz'],
  },
  {
    key: 'opel-last-day',
    author: 'ben',
    state: 'published',
    submittedDaysAgo: 90,
    decidedAfterHours: 3,
    input: {
      title: 'The day my father brought his locker home',
      body: [
        'My father worked at Opel in Bochum for thirty-one years, most of them in the paint shop of the plant in Laer. When I was small I believed all cars were born there. On Sunday drives he would point at an Astra or a Zafira on the motorway and say quietly, “one of ours”, as if he had a large family scattered across Europe.',
        'The last Zafira left the line on 5 December 2014. He did not want us to come to the gate. He said it was not a funeral. But in the evening he came home with a cardboard box: his mug with the chipped handle, a pair of safety shoes, a calendar from 1996 that nobody had ever taken down, and a photo of his shift, twenty men in overalls squinting into the sun in front of the hall.',
        'He put the box on the kitchen table and sat down next to it, still in his jacket. My mother made coffee. For a long while nobody said anything, and then he started to talk about the people in the photo. Who had gone back to Turkey, who had died young, who had been the best footballer, who had lent him money in 1987 when I was born. I had never heard him talk for so long.',
        'Opel had been the big promise of the sixties, the jobs that came after the pits; the plant was built where a colliery had stood. My grandfather was a miner, my father was an Opelaner, and I sit in an office writing software. Maybe that is what structural change looks like from the inside: three men at one kitchen table who never did the same work.',
        'The site is called MARK 51°7 now, after its coordinates. There are new halls and offices where the paint shop stood. When my father drives past, he names the buildings that are gone, one by one.',
      ].join('\n\n'),
      language: 'en',
      themes: ['structural-change', 'everyday-life'],
      place: {
        name: 'Opel plant, Bochum-Laer',
        lat: 51.4705,
        lng: 7.2785,
        precision: 'neighbourhood',
      },
      period: { from: 1983, to: 2014 },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['anna', 'lukas', 'renate', 'emine', 'soyeon', 'heinz'],
    comments: [
      {
        author: 'anna',
        body: 'Der Satz mit den drei Männern an einem Küchentisch: genau so ist es bei uns auch, nur mit Stahl statt Autos.',
        daysAfterPublication: 0,
      },
      {
        author: 'renate',
        body: 'Die Opelaner standen im Winter 87 mit uns auf der Brücke in Rheinhausen. Grüß deinen Vater von einer Frau aus Rheinhausen.',
        daysAfterPublication: 1,
      },
      {
        author: 'ben',
        body: 'Danke, Renate! Er hat Ihren Kommentar zweimal gelesen und dann im Keller nach einem alten Foto gesucht.',
        daysAfterPublication: 2,
      },
      {
        author: 'soyeon',
        body: 'Beautiful. My father also kept a box from his last shift, in the wardrobe, unopened for years.',
        daysAfterPublication: 4,
      },
    ],
  },
  {
    key: 'parzelle-14-langendreer',
    author: 'anna',
    state: 'published',
    submittedDaysAgo: 80,
    decidedAfterHours: 20,
    input: {
      title: 'Parzelle 14 am Bahndamm',
      body: [
        'Der Kleingarten meiner Großeltern lag in Langendreer, direkt am Bahndamm, Parzelle 14. Wenn ein Güterzug kam, klirrten die Tassen auf dem Tisch in der Laube, und Opa sagte jedes Mal: „Der hat Kohle für Holland.“ Ob das stimmte, weiß ich bis heute nicht.',
        'In den Achtzigern habe ich dort jeden Sommer verbracht. Der Garten war ordentlicher als jede Wohnung. Die Hecke wurde auf den Zentimeter geschnitten, der Weg geharkt, und in der Gartenordnung stand, dass ein Drittel der Fläche Obst und Gemüse tragen muss. Bei Opa war es eher die Hälfte, weil Oma Bohnen einkochte, als käme nächste Woche der Winter für immer.',
        'Opa war früher auf der Zeche gewesen und hatte eine Staublunge. Im Garten hat er langsam gearbeitet, mit Pausen auf der umgedrehten Zinkwanne. Er hat mir beigebracht, wie man Tomaten ausgeizt, und dass man Regenwürmer nicht zerschneidet: „Die arbeiten auch unter Tage.“',
        'Das Vereinsleben war eine eigene Welt. Beim Sommerfest gab es Erbsensuppe aus der Gulaschkanone, eine Tombola und einen Vorsitzenden, der bei seiner Rede immer an derselben Stelle die Stimme hob. Auf der Nachbarparzelle gärtnerten die Yılmaz, die hatten die besten Paprika der Anlage und reichten Opa jedes Jahr welche über den Zaun. Er hat sich mit Kohlrabi revanchiert. Mehr als zehn Sätze haben die beiden Männer nie gewechselt, aber zu Opas Beerdigung kam Herr Yılmaz mit einem Korb Paprika.',
        'Die Laube steht noch. Inzwischen haben junge Leute den Garten, mit Hochbeeten und einer Hängematte. Der Verein hat sie nach kurzem Zögern genommen. Ich glaube, Opa hätte die Hängematte gut gefunden.',
      ].join('\n\n'),
      language: 'de',
      themes: ['everyday-life', 'community'],
      place: {
        name: 'Kleingartenanlage in Bochum-Langendreer',
        lat: 51.4752,
        lng: 7.3195,
        precision: 'neighbourhood',
      },
      period: { from: 1982, to: 1991, label: 'Sommer in den 80ern' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: false,
        research: true,
        license: 'CC0-1.0',
        termsVersion: '2026-11',
      },
    },
    supporters: [],
  },
  {
    key: 'tauben-katernberg',
    author: 'kurt',
    state: 'published',
    submittedDaysAgo: 70,
    decidedAfterHours: 52,
    input: {
      title: 'Das Rennpferd des kleinen Mannes',
      body: [
        'Man sagt, die Brieftaube ist das Rennpferd des kleinen Mannes. Bei uns in Katernberg hatte gefühlt jedes dritte Haus einen Schlag unterm Dach. Meiner war über dem Schuppen, mit Blick auf Schacht XII. Wenn die Tauben heimkamen, flogen sie eine Runde um das Fördergerüst und fielen dann wie Steine auf das Anflugbrett. Ich habe mir immer eingebildet, sie kennen den Turm besser als mich.',
        'Ich war Schlosser auf Zollverein, von 1952 bis zum Ende. Die Tauben waren das Gegenstück zur Grube: da unten kein Himmel, hier oben nur Himmel. Vor der Schicht habe ich gefüttert, nach der Schicht saß ich auf der Bank vor dem Schlag und habe zugeguckt, wie sie im Abendlicht kreisen. Meine Frau sagte, ich rede mit den Tieren mehr als mit ihr. Sie hatte nicht ganz unrecht.',
        'Samstags wurden die Tauben im Vereinslokal eingesetzt, in Körben auf den Lastwagen, und irgendwo in Belgien oder Frankreich aufgelassen. Sonntags saß die halbe Straße auf den Dächern und schaute nach Westen. Kam eine an, musste man sie sofort fangen, den Gummiring abziehen, in die Uhr stecken und drücken. Wer da zu langsam war, hat verloren, auch wenn seine Taube als Erste da war. Abends wurden im Lokal die Uhren geöffnet, und dann gab es Bier oder Streit, meistens beides.',
        'Mein bester war ein blauer Vogel mit einer weißen Schwungfeder, den die Kinder Tünnes nannten. Er war dreimal Erster im Verein. Eines Sonntags kam er nicht mehr, ein Habicht vielleicht oder eine Stromleitung. Ich habe eine Woche lang jeden Abend nach Westen geguckt.',
        'Als Zollverein 1986 zugemacht hat, kurz vor Weihnachten, habe ich den Schlag behalten, bis die Knie nicht mehr wollten. Heute ist das Fördergerüst Welterbe, und oben fliegen fremde Tauben. Ich gucke trotzdem.',
      ].join('\n\n'),
      language: 'de',
      themes: ['everyday-life', 'community', 'colliery'],
      place: {
        name: 'Essen-Katernberg',
        lat: 51.4905,
        lng: 7.044,
        precision: 'neighbourhood',
      },
      period: { from: 1955, to: 1986, label: 'Ende der 50er bis 1986' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: false,
        license: 'CC-BY-SA-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['heinz', 'walter', 'gerda'],
    comments: [
      {
        author: 'heinz',
        body: 'Tünnes, was für ein Name für einen Champion. Bei uns in Hordel hieß der beste Vogel im Verein jahrelang Kaiser.',
        daysAfterPublication: 3,
      },
      {
        author: 'lukas',
        body: 'Mein Opa hatte auch Tauben. Das mit der Uhr habe ich als Kind nie verstanden, jetzt schon. Danke!',
        daysAfterPublication: 5,
      },
      {
        author: 'kurt',
        body: 'Gern, junger Mann. Die alte Uhr habe ich noch, die läuft sogar. Wenn du mal in Katernberg bist, zeige ich sie dir.',
        daysAfterPublication: 6,
      },
    ],
    media: [
      {
        kind: 'image',
        drawing: 'pigeon-loft',
        alt: 'Zeichnung: ein grün gestrichener Taubenschlag auf einem Holzschuppen, zwei Tauben auf dem Anflugbrett, ein Schwarm kreist am Himmel; davor eine Bank, dahinter ein Fördergerüst.',
        caption: 'Der Schlag über dem Schuppen, mit Blick auf den Schacht.',
        credit: DRAWING_CREDIT.de,
      },
    ],
  },
  {
    key: 'olivenoel-herne',
    author: 'dimitra',
    state: 'published',
    submittedDaysAgo: 60,
    decidedAfterHours: 6,
    input: {
      title: 'Ein Kanister Olivenöl und ein Zug nach Norden',
      body: [
        'Im Februar 1964 saßen meine Mutter, mein kleiner Bruder und ich drei Tage im Zug von Thessaloniki nach Deutschland. Ich war sieben. Zwischen unseren Füßen stand ein Blechkanister mit Olivenöl, den meine Mutter mit beiden Beinen festhielt, als wäre er ein viertes Kind. Mein Vater war seit 1961 in Herne und arbeitete unter Tage. Wir kannten ihn aus Briefen und von einem Foto, auf dem er sehr sauber aussah.',
        'Am Bahnhof hat er uns abgeholt, in einem geliehenen Mantel. Er roch anders als in meiner Erinnerung, nach Seife und etwas Metallischem. Die Wohnung lag unterm Dach, zwei Zimmer, ein Ofen, das Klo auf halber Treppe. Meine Mutter stellte den Kanister in die Ecke und sagte: „So. Jetzt wohnen wir hier.“',
        'Die ersten Jahre waren ein einziges Übersetzen. Ich übersetzte beim Arzt, beim Vermieter, im Konsum. Nachmittags ging ich in die griechische Schule, in einem Klassenzimmer, das uns eine Grundschule überließ, und lernte Geschichten über Helden, die mit meinem Leben in Herne nichts zu tun hatten. Vormittags lernte ich Rechnen auf Deutsch.',
        'Zu Ostern fuhren alle Griechen aus der Gegend zur Auferstehungsfeier, mit Kerzen in der Hand, und um Mitternacht riefen wir „Christos anesti“ vor einer geliehenen Kirche im Ruhrgebiet. Die deutschen Nachbarn schauten aus den Fenstern. Im Jahr darauf kam unsere Nachbarin Frau Tewes mit, mit ihrer eigenen Kerze.',
        'Mein Vater wollte immer zurück, „noch zwei Jahre“. Aus den zwei Jahren wurden vierzig. Er ist in Herne begraben, und meine Mutter wohnt noch immer in der Nähe, mit Blick auf eine Halde, auf der jetzt Birken wachsen.',
        'Den Kanister haben wir noch. Er steht bei mir auf dem Balkon, mit Basilikum drin.',
      ].join('\n\n'),
      language: 'de',
      themes: ['migration', 'beginnings', 'community'],
      place: { name: 'Herne', lat: 51.5386, lng: 7.2257, precision: 'city' },
      period: { from: 1964, to: 1970, label: 'Mitte der 60er' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    comments: [
      {
        // Pre-screening holds this one (an e-mail address): the moderators' "comments" queue.
        author: 'gerda',
        body: 'Meine Mutter hat auch bei Familie Karali eingekauft. Wer Fotos aus dem Laden hat, schreibt mir gern: gerda.tenhagen@example.de',
        daysAfterPublication: 50,
      },
    ],
    supporters: ['emine', 'giuseppe'],
  },
  {
    key: 'prosper-haniel-kitchen',
    author: 'lukas',
    state: 'published',
    submittedDaysAgo: 50,
    decidedAfterHours: 40,
    input: {
      title: 'The last shift, seen from the kitchen',
      body: [
        'My father was one of the last miners at Prosper-Haniel in Bottrop. On 21 December 2018 the last piece of German hard coal came up from the pit, was handed to the Federal President, and the era of coal mining in the Ruhr ended with a song. I was twenty-eight and watched it on a laptop in my parents’ kitchen, because only a few people could be there, and my father said he would rather know that we were at home.',
        'When they sang the Steigerlied, my mother turned up the volume and sang along, badly and with her eyes shut. I had heard that song at every family party of my life, usually late, usually slightly drunk. That afternoon it sounded like something else. “Glück auf, Glück auf, der Steiger kommt.” I looked up the lyrics afterwards because I realised I only knew the first verse.',
        'My father came home in the evening with a small plastic bag. In it was his Marke, the little numbered metal tag that told the pit who was underground and who was safely back. For thirty years that tag had meant he had come up again. He put it on the table and said: “Nobody will count us anymore.”',
        'I am not a miner. I studied in Dortmund and work in urban planning, which means I spend my days thinking about what to do with places like Prosper-Haniel. My colleagues talk about post-mining land use and about the mine water that will have to be pumped forever. All of that is correct. But I keep thinking of that tag on our table, and of my mother singing.',
        'We still drive past the site sometimes. My father names things that are no longer there: the canteen, the bus stop, the corner where they waited for the early shift. Then he says, every time, “Well. Glück auf”, and we drive on.',
      ].join('\n\n'),
      language: 'en',
      themes: ['structural-change', 'remembrance', 'colliery'],
      place: {
        name: 'Bergwerk Prosper-Haniel, Bottrop',
        lat: 51.5236,
        lng: 6.9285,
        precision: 'city',
      },
      period: { from: 2018, to: 2018, label: '21 December 2018' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC0-1.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['ben', 'jerzy', 'soyeon', 'heinz', 'kai'],
    comments: [
      {
        author: 'ben',
        body: 'I watched it too, at work, on my phone under the desk. Your mother singing with her eyes shut is exactly how I picture my grandmother that day.',
        daysAfterPublication: 1,
      },
      {
        author: 'jerzy',
        body: 'I watched it on TV as well, in Bottrop, a few streets from where my great-grandfather lived. Glück auf to your father.',
        daysAfterPublication: 2,
      },
      {
        author: 'mia',
        body: 'Thank you, Lukas. A note for readers: the Steigerlied exists in many family versions, with verses people added or forgot. If you have one from your family, we would love to read it here.',
        daysAfterPublication: 5,
      },
    ],
    media: [
      {
        kind: 'image',
        drawing: 'headframe-dusk',
        alt: 'Drawing: a black steel headframe with two winding wheels against an orange and violet evening sky, a brick winding house with lit arched windows, a chimney and a spoil tip.',
        caption: 'A headframe at dusk, as the last shift ended.',
        credit: DRAWING_CREDIT.en,
      },
      {
        kind: 'audio',
        recording: 'steigerlied',
        caption: 'The melody of the Steigerlied, played by a synthetic tone (made for the demo).',
        credit: 'Synthetic recording: Ruhr Stories demo; melody and words traditional',
        transcript: STEIGERLIED_TRANSCRIPT,
      },
    ],
  },
  {
    key: 'three-years-contract',
    author: 'soyeon',
    state: 'published',
    submittedDaysAgo: 40,
    decidedAfterHours: 72,
    input: {
      title: 'Three years, said the contract',
      body: [
        'My father arrived at Düsseldorf airport in the winter of 1971 with a three-year contract, a dictionary and a coat that was far too thin. He was twenty-six. In Seoul he had studied economics for two years before the money ran out; in Germany he went almost a thousand metres underground. Many of the men on his plane had been to university. None of them had ever seen a coal face.',
        'He told me about the first weeks only once, when I was already grown up. The German lessons in the hostel, where they learned the words for the tools before the words for food. The cold in the mornings, waiting for the bus to the pit. The Kaue, where he was ashamed to undress in front of strangers, and how after two weeks he no longer noticed. The Steiger who shouted “Schnell, schnell!” until my father understood that he shouted it at everyone.',
        'My mother came in 1973 as a nurse and worked in a hospital in the same city. They met at a Korean church service held in a borrowed parish hall on Sunday afternoons. He says he noticed her because she was the only one who laughed during the sermon.',
        'The three years became a whole life. My father stayed in mining until his back gave up, then ran a small grocery shop with Korean noodles on one shelf and German rye bread on the next. When I was a child I thought every miner had kimchi in his lunch box.',
        'I am writing this anonymously because my parents are private people, but they agreed that this story should be here. My father said: “Write that we worked. Not that we suffered. We worked.”',
      ].join('\n\n'),
      language: 'en',
      themes: ['migration', 'colliery'],
      place: { name: 'Oberhausen', lat: 51.4963, lng: 6.8638, precision: 'hidden' },
      period: { from: 1971, label: 'from the early 1970s' },
      attribution: 'anonymous',
      consent: {
        online: true,
        exhibition: false,
        research: true,
        license: 'all-rights-reserved',
        termsVersion: '2026-11',
      },
    },
    supporters: ['ben', 'emine', 'dimitra'],
    comments: [
      {
        author: 'emine',
        body: 'Our fathers came in the same years and did the same heavy work. “Write that we worked”: my father would have said exactly that.',
        daysAfterPublication: 2,
      },
      {
        author: 'ben',
        body: 'That last sentence. Please tell your father it was heard.',
        daysAfterPublication: 3,
      },
    ],
  },
  {
    key: 'fruehstueck-a40',
    author: 'anna',
    state: 'published',
    submittedDaysAgo: 30,
    decidedAfterHours: 2,
    input: {
      title: 'Frühstück auf der A40',
      body: [
        'Am 18. Juli 2010 habe ich auf der Autobahn gefrühstückt. Wer im Ruhrgebiet wohnt, weiß, was das heißt: Die A40, der Ruhrschnellweg, auf dem man sonst im Stau steht und flucht, war zwischen Duisburg und Dortmund gesperrt, und auf der einen Fahrbahn standen Tische, einer hinter dem anderen, rund sechzig Kilometer lang. Auf der anderen fuhren Fahrräder, Inlineskates, Kinderwagen.',
        'Wir hatten als ganzes Haus einen Tisch bei Bochum, fünf Parteien, die sich sonst im Treppenhaus grüßen und sonst nichts. Herr Kaya von unten brachte Börek, die Studentinnen aus dem zweiten Stock Nudelsalat, ich Frikadellen nach dem Rezept meiner Oma. Jemand hatte eine Tischdecke mit Fördertürmen drauf.',
        'Das Verrückteste war das Geräusch. Eine Autobahn ohne Motoren klingt wie ein riesiges Gartenfest: Stimmen, Lachen, ein Akkordeon, irgendwo eine Blaskapelle, Fahrradklingeln. Man roch den warmen Asphalt und hörte die Vögel von der Böschung. Ich bin ein Stück gelaufen, vorbei an einem Taubenverein, einer Fußballmannschaft, einem Chor, einer Familie, die Schach spielte, und an einem älteren Mann, der ganz allein mit einer Thermoskanne saß und jedem, der vorbeikam, Kaffee anbot.',
        'Es war das Jahr, in dem das Ruhrgebiet Kulturhauptstadt Europas war, RUHR.2010. Im Mai hatten über den alten Schächten gelbe Ballons gestanden, die Schachtzeichen. Vieles in diesem Jahr war schön und ein bisschen feierlich. Die A40 war etwas anderes. Sie hat gezeigt, was die Leute hier können, wenn man ihnen eine Straße gibt: zusammensitzen.',
        'Am Abend wurde alles weggeräumt, und am nächsten Morgen stand ich wieder im Stau. Ich habe dabei ein bisschen gelächelt.',
      ].join('\n\n'),
      language: 'de',
      themes: ['community', 'structural-change'],
      place: { name: 'A40 in Bochum', lat: 51.4818, lng: 7.2162, precision: 'city' },
      period: { from: 2010, to: 2010, label: 'Sommer 2010' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: false,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['ben'],
  },
  {
    key: 'klettern-landschaftspark',
    author: 'lukas',
    state: 'published',
    submittedDaysAgo: 6,
    decidedAfterHours: 18,
    input: {
      title: 'Klettern im Erzbunker',
      body: [
        'Mit vierzehn bin ich zum ersten Mal im Landschaftspark Duisburg-Nord geklettert, in den alten Erzbunkern, an Wänden, hinter denen früher der Nachschub für die Hochöfen lag. Der Park ist in den Neunzigern mit der IBA Emscher Park entstanden, auf dem Gelände der Meidericher Hütte. Meinem Opa habe ich es erst Wochen später erzählt. Er hatte dort gearbeitet, bis 1985 der letzte Hochofen ausgeblasen wurde.',
        'Er ist dann mitgekommen, an einem Samstag im Herbst. Ich hatte Angst, dass er es albern findet. Er stand lange unten am Bunker, hat die Hand auf den Beton gelegt und gesagt: „Den haben die damals schon schief gegossen.“ Dann hat er mir beim Sichern zugeschaut, mit einem Gesicht, das ich nicht deuten konnte.',
        'Danach sind wir auf den Hochofen 5 gestiegen. Oben war es windig, man sieht bis zu den Halden und zu den Stahlwerken, die noch laufen. Opa hat mir die Stellen gezeigt, an denen er gestanden hat, die Gießhalle, den Weg zur Kantine, und erklärt, wie das flüssige Eisen aussah: „Wie Orangensaft, nur dass du daran stirbst.“ Ich hatte ihn noch nie so viel reden hören.',
        'Abends sind wir geblieben, bis die Beleuchtung anging, Rot, Grün und Blau auf dem Rost. Ich fand es wunderschön. Opa sagte: „Früher war das Licht echter.“ Aber er ist geblieben, bis es ganz dunkel war.',
        'Manche sagen, der Park macht aus Arbeit eine Kulisse. Kann sein. Für mich war er der Ort, an dem mein Opa und ich eine gemeinsame Sprache gefunden haben: Ich kannte die Griffe, er kannte das Material. Seitdem klettere ich anders. Ich denke an die Leute, die hier geschwitzt haben, und halte mich trotzdem gut fest.',
      ].join('\n\n'),
      language: 'de',
      themes: ['structural-change', 'everyday-life'],
      place: {
        name: 'Landschaftspark Duisburg-Nord',
        lat: 51.4812,
        lng: 6.7822,
        precision: 'exact',
      },
      period: { from: 2004, to: 2006, label: 'Mitte der 2000er' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: false,
        research: false,
        license: 'CC-BY-SA-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: [],
  },
  {
    key: 'bruecke-der-solidaritaet',
    author: 'renate',
    state: 'published',
    submittedDaysAgo: 4,
    decidedAfterHours: 60,
    input: {
      title: 'Der Winter auf der Brücke',
      body: [
        'Am 26. November 1987 kam mein Mann mitten in der Schicht nach Hause. Er setzte sich in die Küche und sagte: „Die machen die Hütte platt.“ Sechsundzwanzig Jahre war er bei Krupp in Rheinhausen, im Walzwerk, und sein Vater vor ihm. In Rheinhausen war Krupp nicht irgendein Arbeitgeber. Krupp war der Ort.',
        'Was dann kam, war der längste Winter meines Lebens und der wärmste. Anfang Dezember haben die Männer die Rheinbrücke nach Hochfeld dichtgemacht, und wir Frauen waren dabei, erst aus Sorge, dann aus Überzeugung. Wir haben Erbsensuppe gekocht, Thermoskannen geschleppt, Flugblätter gefaltet. Abends standen die Leute an den Feuertonnen vor dem Tor, und es roch nach Holz, Diesel und nassen Wolljacken.',
        'Es kamen Leute von überall, Bergleute aus Bochum und Gelsenkirchen, Opelaner, Studenten, Pfarrer beider Konfessionen, Frauen aus anderen Stahlstädten, die wir nie vorher gesehen hatten. Im Januar hing dann das neue Schild an der Brücke: Brücke der Solidarität. Die Jugendvertreter aus der Lehrwerkstatt hatten es gemacht. Meine Tochter war sechzehn und durfte mittragen. Sie erzählt das heute noch ihren Kindern.',
        'Geholfen hat es am Ende nicht, jedenfalls nicht so, wie wir wollten. 1993 wurde die Hütte stillgelegt. Mein Mann war da schon in einer anderen Firma, mit weniger Geld und weniger Stolz. Aber ich bin überzeugt, dass dieser Winter etwas verändert hat, in uns und im ganzen Revier. Wir haben gelernt, dass man nicht still sein muss.',
        'Die Brücke heißt immer noch so. Wenn ich drüberfahre, drücke ich einmal auf die Hupe. Mein Enkel findet das peinlich. Ich mache es trotzdem.',
      ].join('\n\n'),
      language: 'de',
      themes: ['structural-change', 'community'],
      place: {
        name: 'Brücke der Solidarität, Duisburg-Rheinhausen',
        lat: 51.4136,
        lng: 6.7418,
        precision: 'exact',
      },
      period: { from: 1987, to: 1993, label: 'Winter 1987/88' },
      attribution: 'anonymous',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    supporters: ['heinz', 'sabine'],
    comments: [
      {
        author: 'heinz',
        body: 'Unsere Kohle von Hannover ist in euren Hochöfen verbrannt. Im Dezember 87 war ich auch auf der Brücke, mit einem Bus voll Kumpel aus Gelsenkirchen.',
        daysAfterPublication: 1,
      },
      {
        author: 'sabine',
        body: 'Das Hupen finde ich großartig. Ihr Enkel macht das später auch, wetten?',
        daysAfterPublication: 2,
      },
    ],
  },

  // The moderation queue: pending stories carry no comments and no supporters.
  {
    key: 'kumpel-revier-7-gesucht',
    author: 'heinz',
    state: 'pending',
    submittedDaysAgo: 3,
    input: {
      title: 'Wer war mit mir im Revier 7 auf Hannover?',
      body: [
        'Ich suche ehemalige Kumpel von der Zeche Hannover in Hordel, die zwischen 1965 und 1973 mit mir im Revier 7 gearbeitet haben. Wir waren eine gute Truppe, zwölf, vierzehn Mann je nach Schicht, und ein Steiger, der über Tage Pfeife rauchte, so dass man ihn auf dem Flur schon roch, bevor man ihn sah.',
        'An die Vornamen erinnere ich mich, an die Nachnamen nicht mehr an alle. Da war der lange Manni, der in jeder Pause Witze erzählt hat, die wir alle schon kannten. Da war ein Italiener aus der Gegend von Bari, den wir Tano nannten und der uns im Herbst getrocknete Feigen von zu Hause mitbrachte. Und der kleine Jupp, der so gut Mundharmonika spielte, dass es in der Kaue still wurde.',
        'Nach der Stilllegung sind wir in alle Richtungen auseinander, nach Gelsenkirchen, Herne, Bergkamen, manche gleich in Rente. Ein paar von uns haben sich noch bis in die Neunziger am Barbaratag getroffen, dann wurden es immer weniger.',
        'Ich bin jetzt fünfundachtzig und würde gern noch einmal mit den Alten zusammensitzen, solange es geht. Wer sich wiedererkennt, oder wer einen Vater oder Opa hatte, der im Revier 7 war: Meldet euch. Am einfachsten bin ich telefonisch zu erreichen, 0221 4710 377, abends ab sechs, oder schreibt hier drunter.',
        'Glück auf, Heinz',
      ].join('\n\n'),
      language: 'de',
      themes: ['community', 'remembrance'],
      place: {
        name: 'Zeche Hannover, Bochum-Hordel',
        lat: 51.5047,
        lng: 7.1644,
        precision: 'neighbourhood',
      },
      period: { from: 1965, to: 1973 },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: false,
        research: true,
        license: 'all-rights-reserved',
        termsVersion: '2026-11',
      },
    },
  },
  {
    key: 'barbaratag-ohne-zeche',
    author: 'walter',
    state: 'pending',
    submittedDaysAgo: 2,
    input: {
      title: 'Barbaratag ohne Zeche',
      body: [
        'Der 4. Dezember 2019 war der erste Barbaratag, an dem es in Deutschland keine Steinkohlenzeche mehr gab. Ich bin trotzdem zur Messe gegangen, wie jedes Jahr seit 1953, im schwarzen Bergkittel mit den blanken Knöpfen, der mir inzwischen zu weit geworden ist.',
        'Die heilige Barbara ist die Schutzpatronin der Bergleute. Bei uns in Rotthausen hat man am 4. Dezember einen Kirschzweig geschnitten und in die Vase gestellt. Blüht er bis Weihnachten, gibt es Glück im neuen Jahr. Meine Frau hat das jedes Jahr gemacht, und wenn er nicht blühte, sagte sie, der Zweig war schlecht, nicht das Jahr.',
        'In der Kirche waren wir noch elf Mann in Uniform, die meisten über achtzig, und ein paar Jüngere, die nie eingefahren sind, aber den Kittel vom Vater tragen. Die Fahne des Knappenvereins trug ein Enkel, weil keiner von uns sie mehr lange halten kann. Der Pastor hat die Namen der Kameraden vorgelesen, die im Lauf des Jahres gestorben waren. Es waren mehr, als Lebende in der Bank saßen.',
        'Danach gab es im Vereinslokal Erbsensuppe und einen Schnaps, und wir haben das Steigerlied gesungen, alle Strophen, auch die, die sonst keiner mehr kann. Ich habe gedacht: Jetzt singen wir für etwas, das es nicht mehr gibt. Und dann habe ich gedacht: Nein, wir singen für uns, und uns gibt es noch.',
        'Ich schreibe das auf, damit später jemand weiß, dass der Barbaratag nicht mit der letzten Zeche aufgehört hat. In dem Jahr hat mein Zweig zum ersten Mal seit dem Tod meiner Frau wieder geblüht, zwei Tage vor Heiligabend.',
      ].join('\n\n'),
      language: 'de',
      themes: ['remembrance', 'community'],
      period: { from: 2019, to: 2019, label: 'Barbaratag 2019' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-SA-4.0',
        termsVersion: '2026-11',
      },
    },
  },
  {
    key: 'buedchen-on-the-corner',
    author: 'ben',
    state: 'pending',
    submittedDaysAgo: 1,
    input: {
      title: 'Our Büdchen on the corner',
      body: [
        'Every street in the Ruhr has one, or used to: the Trinkhalle, the Bude, the Büdchen. Ours stood on the corner two houses down from my grandparents in Bochum-Werne, a green kiosk with a sliding window, a striped awning and a hand-painted sign that just said “Kiosk”, as if there could be any doubt.',
        'In the nineties I was allowed to go there alone with a fifty-pfennig coin and come back with a paper bag of mixed sweets, a “Tüte gemischt”. The art was in the choosing: sour cola bottles, foam mushrooms, liquorice snails, the white mice that tasted of nothing at all. The woman behind the window, whom everyone called Tante Gisela although she was nobody’s aunt, counted them into the bag with her fingertips and never hurried anyone, even with three miners’ widows waiting behind me for their newspapers.',
        'It was more than a shop. My grandfather bought his cigarettes and his bottle of Pils there after work, and stood for ten minutes talking football with the same three men. Tante Gisela kept spare keys for half the street and took in everybody’s parcels. When someone was ill, she knew first. When my grandmother slipped in the kitchen one winter, it was from the kiosk that the ambulance was called, because my grandfather ran there faster than he could have dialled.',
        'The kiosk closed sometime around 2005. For a while it was a nail studio; now it is empty, with a faded poster in the window. When I visit my grandmother I still look through the glass, half expecting the window to slide open and someone to ask: “Na, was darf’s sein?”',
        'Does anyone have photos of kiosks like this from the eighties and nineties? I think they belong in a museum as much as any winding tower.',
      ].join('\n\n'),
      language: 'en',
      themes: ['everyday-life', 'community'],
      place: {
        name: 'Bochum-Werne',
        lat: 51.4895,
        lng: 7.298,
        precision: 'neighbourhood',
      },
      period: { label: 'the nineties' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: true,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
    media: [
      {
        kind: 'image',
        drawing: 'trinkhalle',
        alt: 'Drawing: a small green kiosk at dusk with a sign reading “Kiosk”, a red and white striped awning over its lit window, jars of sweets on the shelves, a newspaper stand and a bicycle beside it.',
        caption: 'A kiosk like ours, drawn from memory.',
        credit: DRAWING_CREDIT.en,
      },
    ],
  },
];
