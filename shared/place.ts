import type { Place } from './schemas/story';

/** Decimal places kept for each precision: 2 ≈ 1 km (a neighbourhood), 1 ≈ 10 km (a city). */
const DECIMALS = { neighbourhood: 2, city: 1 } as const;

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The place as the public may see it: coordinates coarsened to the author's chosen precision,
 * nothing at all for `hidden`.
 */
export function coarsenPlace(place: Place | undefined): Place | undefined {
  if (!place || place.precision === 'hidden') return undefined;
  if (place.precision === 'exact' || place.lat === undefined || place.lng === undefined)
    return place;
  const decimals = DECIMALS[place.precision];
  return { ...place, lat: round(place.lat, decimals), lng: round(place.lng, decimals) };
}
