import { findRuhrPlace, RUHR_PLACES, ruhrAreaOf, type PublicPlace, type RuhrPlace } from '$shared';

/**
 * Places for people, not surveyors: the form never asks for latitude and longitude. A name from
 * the gazetteer brings its own coordinates; any other name takes them from the town or district
 * the author says it lies in. (Choosing a point on a map comes later, with the discovery pages.)
 */

/** The gazetteer's towns and districts that have coordinates of their own, alphabetically. */
export const RUHR_AREAS: readonly RuhrPlace[] = RUHR_PLACES.filter(
  (place) => place.name === place.city || place.name === place.district,
).sort((a, b) => a.name.localeCompare(b.name, 'de'));

const areaByName = new Map(RUHR_AREAS.map((area) => [area.name, area]));

/** The town or district entry with this exact name, if it is one. */
export const findRuhrArea = (name: string): RuhrPlace | undefined => areaByName.get(name);

/**
 * The town or district a typed name lies in, as an entry with coordinates: its district when the
 * gazetteer has a point for it, else its town ("Hauptstraße 12, Bochum-Hordel" → Bochum-Hordel,
 * "Zeche Zollverein, Essen" → Essen, since Essen-Stoppenberg has no point of its own).
 */
export function areaOfPlace(name: string): RuhrPlace | undefined {
  const area = ruhrAreaOf(name);
  if (!area) return undefined;
  return (area.district && areaByName.get(area.district)) || areaByName.get(area.city);
}

/**
 * The coordinates sent for a place: the gazetteer entry's own when the name is one, else those of
 * the chosen town or district, else none (the story then has no point on the map).
 */
export function placeCoordinates(
  name: string,
  areaName: string,
): { lat: number; lng: number } | undefined {
  const point = findRuhrPlace(name) ?? findRuhrArea(areaName);
  return point && { lat: point.lat, lng: point.lng };
}

/** The gazetteer town or district nearest to a point (plain distance is fine at this scale). */
export function nearestRuhrArea(lat: number, lng: number): RuhrPlace | undefined {
  // A degree of longitude is about 0.62 of a degree of latitude at 51.5° north.
  const distance = (area: RuhrPlace) => (area.lat - lat) ** 2 + ((area.lng - lng) * 0.62) ** 2;
  let nearest: RuhrPlace | undefined;
  for (const area of RUHR_AREAS) if (!nearest || distance(area) < distance(nearest)) nearest = area;
  return nearest;
}

/**
 * A place in words, never in numbers: its name, or, when a payload carries only coarsened
 * coordinates, the town or district nearest to them (`near: true`, to be said as "near …").
 */
export function placeInWords(
  place: Pick<PublicPlace, 'name' | 'lat' | 'lng'>,
): { name: string; near: boolean } | undefined {
  if (place.name) return { name: place.name, near: false };
  if (place.lat === undefined || place.lng === undefined) return undefined;
  const area = nearestRuhrArea(place.lat, place.lng);
  return area && { name: area.name, near: true };
}

/**
 * The name sent for a place: as typed, with the chosen town or district added when the text does
 * not already name it ("Bei Oma im Garten" in Herne → "Bei Oma im Garten, Herne"). So the public
 * sees that town or district at the coarser precisions (shared/place.ts reads it from the name),
 * and the edit form finds the area again.
 */
export function placeNameWithArea(name: string, areaName: string): string {
  const typed = name.trim();
  const area = findRuhrArea(areaName);
  if (!typed || !area || findRuhrPlace(typed) || areaOfPlace(typed)?.name === area.name)
    return typed;
  return `${typed}, ${area.name}`;
}
