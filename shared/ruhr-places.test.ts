import { describe, expect, it } from 'vitest';
import { findRuhrPlace, RUHR_PLACES, ruhrAreaOf } from './ruhr-places';

describe('the Ruhr gazetteer', () => {
  it('lies within the Ruhr area', () => {
    const outside = RUHR_PLACES.filter(
      ({ lat, lng }) => lat < 51.3 || lat > 51.75 || lng < 6.4 || lng > 7.9,
    );
    expect(outside).toEqual([]);
  });

  it('names each place once', () => {
    const names = RUHR_PLACES.map((place) => place.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('finds a place regardless of case and spacing, and nothing for other names', () => {
    expect(findRuhrPlace('  zeche  zollverein, essen ')?.lat).toBe(51.4862);
    expect(findRuhrPlace('Hinterm Hochofen 3')).toBeUndefined();
  });

  it('gives every district a city, and every city an entry of its own', () => {
    const cities = new Set(RUHR_PLACES.map((place) => place.city));
    for (const city of cities) expect(findRuhrPlace(city)?.city, city).toBe(city);
    for (const place of RUHR_PLACES.filter((p) => p.district))
      expect(place.district!.length).toBeGreaterThan(0);
  });

  it('finds the district or city that a typed address mentions', () => {
    expect(ruhrAreaOf('Hauptstraße 12, Bochum-Hordel')).toEqual({
      city: 'Bochum',
      district: 'Bochum-Hordel',
    });
    expect(ruhrAreaOf('bei der Zeche in Marl')).toEqual({ city: 'Marl' });
    expect(ruhrAreaOf('Hinterm Hochofen 3')).toBeUndefined();
  });
});
