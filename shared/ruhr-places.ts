/**
 * A small gazetteer of Ruhr places for the submission form: picking a name fills in approximate
 * coordinates (WGS 84, four decimals ≈ 10 m; the public sees them coarsened to the chosen
 * precision anyway). Any other name is fine too; it just comes without coordinates.
 */
export type RuhrPlace = { name: string; lat: number; lng: number };

export const RUHR_PLACES: readonly RuhrPlace[] = [
  { name: 'Bochum', lat: 51.4818, lng: 7.2162 },
  { name: 'Bochum-Hordel', lat: 51.5028, lng: 7.1722 },
  { name: 'Deutsches Bergbau-Museum, Bochum', lat: 51.4893, lng: 7.2172 },
  { name: 'Zeche Hannover, Bochum', lat: 51.5002, lng: 7.1637 },
  { name: 'Bottrop', lat: 51.5232, lng: 6.929 },
  { name: 'Zeche Prosper-Haniel, Bottrop', lat: 51.5634, lng: 6.9455 },
  { name: 'Castrop-Rauxel', lat: 51.55, lng: 7.311 },
  { name: 'Dinslaken-Lohberg', lat: 51.5785, lng: 6.7552 },
  { name: 'Dortmund', lat: 51.5136, lng: 7.4653 },
  { name: 'Zeche Zollern, Dortmund-Bövinghausen', lat: 51.5158, lng: 7.3357 },
  { name: 'Kokerei Hansa, Dortmund-Huckarde', lat: 51.5325, lng: 7.4136 },
  { name: 'Duisburg', lat: 51.4344, lng: 6.7623 },
  { name: 'Duisburg-Marxloh', lat: 51.4995, lng: 6.7705 },
  { name: 'Duisburg-Rheinhausen', lat: 51.3965, lng: 6.7262 },
  { name: 'Landschaftspark Duisburg-Nord', lat: 51.4812, lng: 6.7822 },
  { name: 'Essen', lat: 51.4556, lng: 7.0116 },
  { name: 'Essen-Katernberg', lat: 51.4917, lng: 7.0475 },
  { name: 'Zeche Zollverein, Essen', lat: 51.4862, lng: 7.0455 },
  { name: 'Gelsenkirchen', lat: 51.5177, lng: 7.0857 },
  { name: 'Gelsenkirchen-Schalke', lat: 51.5215, lng: 7.0695 },
  { name: 'Zeche Nordstern, Gelsenkirchen', lat: 51.5236, lng: 7.0326 },
  { name: 'Gladbeck', lat: 51.5733, lng: 6.9855 },
  { name: 'Hamm', lat: 51.6739, lng: 7.815 },
  { name: 'Hattingen', lat: 51.399, lng: 7.186 },
  { name: 'Herne', lat: 51.5386, lng: 7.2257 },
  { name: 'Herten', lat: 51.5926, lng: 7.1412 },
  { name: 'Zeche Ewald, Herten', lat: 51.5876, lng: 7.1564 },
  { name: 'Kamp-Lintfort', lat: 51.5034, lng: 6.546 },
  { name: 'Lünen', lat: 51.6167, lng: 7.525 },
  { name: 'Marl', lat: 51.6567, lng: 7.0903 },
  { name: 'Mülheim an der Ruhr', lat: 51.4275, lng: 6.8825 },
  { name: 'Oberhausen', lat: 51.4963, lng: 6.8638 },
  { name: 'Gasometer Oberhausen', lat: 51.4935, lng: 6.8726 },
  { name: 'Recklinghausen', lat: 51.6141, lng: 7.1979 },
  { name: 'Unna', lat: 51.5347, lng: 7.6889 },
  { name: 'Witten', lat: 51.4436, lng: 7.3528 },
];

const normalise = (name: string) => name.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
const byName = new Map(RUHR_PLACES.map((place) => [normalise(place.name), place]));

/** The gazetteer entry with this name (ignoring case and extra spaces), if there is one. */
export const findRuhrPlace = (name: string): RuhrPlace | undefined => byName.get(normalise(name));
