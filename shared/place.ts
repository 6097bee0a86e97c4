import { ruhrAreaOf } from './ruhr-places';
import type { Place, PublicPlace } from './schemas/story';

/** Decimal places kept for each precision: 2 ≈ 1 km (a neighbourhood), 1 ≈ 10 km (a city). */
const DECIMALS = { neighbourhood: 2, city: 1 } as const;

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The name the public sees for a place (DESIGN §2 Stories): what the author typed only at
 * `exact`; at `neighbourhood` the gazetteer's district (or its city, when the place lies in no
 * district the gazetteer knows), at `city` the city; nothing when the gazetteer cannot place it,
 * since the author's own text may be a street and a house number.
 */
export function publicPlaceName(place: Place): string | undefined {
  if (place.precision === 'hidden') return undefined;
  if (place.precision === 'exact') return place.name;
  const area = ruhrAreaOf(place.name);
  if (!area) return undefined;
  return place.precision === 'neighbourhood' ? (area.district ?? area.city) : area.city;
}

/**
 * The place as the public may see it: coordinates coarsened to the author's chosen precision and
 * the name as `publicPlaceName` gives it; nothing at all for `hidden`, or when neither a name nor
 * coordinates remain. Every public payload (feeds, picks, exhibitions, kiosk, exports) uses it.
 */
export function coarsenPlace(place: Place | undefined): PublicPlace | undefined {
  if (!place || place.precision === 'hidden') return undefined;
  if (place.precision === 'exact') return place;
  const name = publicPlaceName(place);
  const decimals = DECIMALS[place.precision];
  const coordinates =
    place.lat === undefined || place.lng === undefined
      ? {}
      : { lat: round(place.lat, decimals), lng: round(place.lng, decimals) };
  if (name === undefined && coordinates.lat === undefined) return undefined;
  return { ...(name === undefined ? {} : { name }), ...coordinates, precision: place.precision };
}
