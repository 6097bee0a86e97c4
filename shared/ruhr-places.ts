/**
 * A small gazetteer of Ruhr places for the submission form: picking a name fills in approximate
 * coordinates (WGS 84, four decimals ≈ 10 m; the public sees them coarsened to the chosen
 * precision anyway). Any other name is fine too; it just comes without coordinates.
 * Each entry names its city and, where it lies in one, its district (Stadtteil): at the
 * precisions `neighbourhood` and `city` those are the only names the public sees (shared/place.ts).
 */
export type RuhrPlace = { name: string; lat: number; lng: number; city: string; district?: string };

export const RUHR_PLACES: readonly RuhrPlace[] = [
  { name: 'Bochum', lat: 51.4818, lng: 7.2162, city: 'Bochum' },
  { name: 'Bochum-Hordel', lat: 51.5028, lng: 7.1722, city: 'Bochum', district: 'Bochum-Hordel' },
  {
    name: 'Deutsches Bergbau-Museum, Bochum',
    lat: 51.4893,
    lng: 7.2172,
    city: 'Bochum',
    district: 'Bochum-Mitte',
  },
  {
    name: 'Zeche Hannover, Bochum',
    lat: 51.5002,
    lng: 7.1637,
    city: 'Bochum',
    district: 'Bochum-Hordel',
  },
  { name: 'Bottrop', lat: 51.5232, lng: 6.929, city: 'Bottrop' },
  {
    name: 'Zeche Prosper-Haniel, Bottrop',
    lat: 51.5634,
    lng: 6.9455,
    city: 'Bottrop',
    district: 'Bottrop-Kirchhellen',
  },
  { name: 'Castrop-Rauxel', lat: 51.55, lng: 7.311, city: 'Castrop-Rauxel' },
  { name: 'Dinslaken', lat: 51.5625, lng: 6.7394, city: 'Dinslaken' },
  {
    name: 'Dinslaken-Lohberg',
    lat: 51.5785,
    lng: 6.7552,
    city: 'Dinslaken',
    district: 'Dinslaken-Lohberg',
  },
  { name: 'Dortmund', lat: 51.5136, lng: 7.4653, city: 'Dortmund' },
  {
    name: 'Zeche Zollern, Dortmund-Bövinghausen',
    lat: 51.5158,
    lng: 7.3357,
    city: 'Dortmund',
    district: 'Dortmund-Bövinghausen',
  },
  {
    name: 'Kokerei Hansa, Dortmund-Huckarde',
    lat: 51.5325,
    lng: 7.4136,
    city: 'Dortmund',
    district: 'Dortmund-Huckarde',
  },
  { name: 'Duisburg', lat: 51.4344, lng: 6.7623, city: 'Duisburg' },
  {
    name: 'Duisburg-Marxloh',
    lat: 51.4995,
    lng: 6.7705,
    city: 'Duisburg',
    district: 'Duisburg-Marxloh',
  },
  {
    name: 'Duisburg-Rheinhausen',
    lat: 51.3965,
    lng: 6.7262,
    city: 'Duisburg',
    district: 'Duisburg-Rheinhausen',
  },
  {
    name: 'Landschaftspark Duisburg-Nord',
    lat: 51.4812,
    lng: 6.7822,
    city: 'Duisburg',
    district: 'Duisburg-Meiderich',
  },
  { name: 'Essen', lat: 51.4556, lng: 7.0116, city: 'Essen' },
  {
    name: 'Essen-Katernberg',
    lat: 51.4917,
    lng: 7.0475,
    city: 'Essen',
    district: 'Essen-Katernberg',
  },
  {
    name: 'Zeche Zollverein, Essen',
    lat: 51.4862,
    lng: 7.0455,
    city: 'Essen',
    district: 'Essen-Stoppenberg',
  },
  { name: 'Gelsenkirchen', lat: 51.5177, lng: 7.0857, city: 'Gelsenkirchen' },
  {
    name: 'Gelsenkirchen-Schalke',
    lat: 51.5215,
    lng: 7.0695,
    city: 'Gelsenkirchen',
    district: 'Gelsenkirchen-Schalke',
  },
  {
    name: 'Zeche Nordstern, Gelsenkirchen',
    lat: 51.5236,
    lng: 7.0326,
    city: 'Gelsenkirchen',
    district: 'Gelsenkirchen-Horst',
  },
  { name: 'Gladbeck', lat: 51.5733, lng: 6.9855, city: 'Gladbeck' },
  { name: 'Hamm', lat: 51.6739, lng: 7.815, city: 'Hamm' },
  { name: 'Hattingen', lat: 51.399, lng: 7.186, city: 'Hattingen' },
  { name: 'Herne', lat: 51.5386, lng: 7.2257, city: 'Herne' },
  { name: 'Herten', lat: 51.5926, lng: 7.1412, city: 'Herten' },
  { name: 'Zeche Ewald, Herten', lat: 51.5876, lng: 7.1564, city: 'Herten' },
  { name: 'Kamp-Lintfort', lat: 51.5034, lng: 6.546, city: 'Kamp-Lintfort' },
  { name: 'Lünen', lat: 51.6167, lng: 7.525, city: 'Lünen' },
  { name: 'Marl', lat: 51.6567, lng: 7.0903, city: 'Marl' },
  { name: 'Mülheim an der Ruhr', lat: 51.4275, lng: 6.8825, city: 'Mülheim an der Ruhr' },
  { name: 'Oberhausen', lat: 51.4963, lng: 6.8638, city: 'Oberhausen' },
  { name: 'Gasometer Oberhausen', lat: 51.4935, lng: 6.8726, city: 'Oberhausen' },
  { name: 'Recklinghausen', lat: 51.6141, lng: 7.1979, city: 'Recklinghausen' },
  { name: 'Unna', lat: 51.5347, lng: 7.6889, city: 'Unna' },
  { name: 'Witten', lat: 51.4436, lng: 7.3528, city: 'Witten' },
];

const normalise = (name: string) => name.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
const byName = new Map(RUHR_PLACES.map((place) => [normalise(place.name), place]));

/** The gazetteer entry with this name (ignoring case and extra spaces), if there is one. */
export const findRuhrPlace = (name: string): RuhrPlace | undefined => byName.get(normalise(name));

/** Every district and city of the gazetteer, most specific first, for finding them in a text. */
const AREAS = [...new Set(RUHR_PLACES.flatMap((p) => (p.district ? [p.district] : [])))].map(
  (district) => ({
    name: district,
    kind: 'district' as const,
    city: RUHR_PLACES.find((p) => p.district === district)!.city,
  }),
);
const CITIES = [...new Set(RUHR_PLACES.map((p) => p.city))].map((city) => ({
  name: city,
  kind: 'city' as const,
  city,
}));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MENTIONS = [...AREAS, ...CITIES]
  .sort((a, b) => b.name.length - a.name.length)
  .map((area) => ({
    ...area,
    // A whole word: "Essen" in "Essen-Katernberg" or "45141 Essen", never in "Essener Straße".
    pattern: new RegExp(`(^|[^\\p{L}])${escape(area.name)}($|[^\\p{L}])`, 'iu'),
  }));

/**
 * The district and city a typed place lies in, as far as the gazetteer can tell: an entry of the
 * gazetteer by name, else a district or city the text mentions ("Hauptstraße 12, Bochum-Hordel"
 * → Bochum-Hordel in Bochum). `undefined` when the text names nothing the gazetteer knows.
 */
export function ruhrAreaOf(text: string): { city: string; district?: string } | undefined {
  const entry = findRuhrPlace(text);
  if (entry) return { city: entry.city, district: entry.district };
  const district = MENTIONS.find((m) => m.kind === 'district' && m.pattern.test(text));
  if (district) return { city: district.city, district: district.name };
  const city = MENTIONS.find((m) => m.kind === 'city' && m.pattern.test(text));
  return city ? { city: city.city } : undefined;
}
