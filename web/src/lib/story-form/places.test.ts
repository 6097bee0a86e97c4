import { describe, expect, it } from 'vitest';
import {
  areaOfPlace,
  findRuhrArea,
  nearestRuhrArea,
  placeCoordinates,
  placeInWords,
  placeNameWithArea,
  RUHR_AREAS,
} from './places';

describe('the towns and districts an author can choose', () => {
  it('are towns and districts with their own point, not collieries or museums', () => {
    const names = RUHR_AREAS.map((area) => area.name);
    expect(names).toContain('Bochum');
    expect(names).toContain('Bochum-Hordel');
    expect(names).not.toContain('Zeche Zollverein, Essen');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });
});

describe('areaOfPlace', () => {
  it('finds the district a typed address names', () => {
    expect(areaOfPlace('Hauptstraße 12, Bochum-Hordel')?.name).toBe('Bochum-Hordel');
  });

  it('falls back to the town when the district has no point of its own', () => {
    expect(areaOfPlace('Zeche Zollverein, Essen')?.name).toBe('Essen');
  });

  it('knows nothing of a place outside the gazetteer', () => {
    expect(areaOfPlace('Omas Küche')).toBeUndefined();
  });
});

describe('placeCoordinates', () => {
  it('takes a gazetteer entry’s own point', () => {
    expect(placeCoordinates('Bochum-Hordel', '')).toEqual({ lat: 51.5028, lng: 7.1722 });
    expect(placeCoordinates('zeche zollverein, essen', 'Bochum')).toEqual({
      lat: 51.4862,
      lng: 7.0455,
    });
  });

  it('takes the chosen town’s point for a free-text name', () => {
    expect(placeCoordinates('Bei Oma in der Küche', 'Herne')).toEqual({
      lat: 51.5386,
      lng: 7.2257,
    });
  });

  it('gives none for a free-text name without a town', () => {
    expect(placeCoordinates('Bei Oma in der Küche', '')).toBeUndefined();
    expect(findRuhrArea('Zeche Zollverein, Essen')).toBeUndefined();
  });
});

describe('placeInWords', () => {
  it('says the name when there is one', () => {
    expect(placeInWords({ name: 'Bochum', lat: 51.5, lng: 7.2 })).toEqual({
      name: 'Bochum',
      near: false,
    });
  });

  it('names the nearest town or district for coordinates alone', () => {
    expect(placeInWords({ lat: 51.5, lng: 7.17 })).toEqual({ name: 'Bochum-Hordel', near: true });
    expect(nearestRuhrArea(51.46, 7.01)?.name).toBe('Essen');
  });

  it('says nothing without a name or a point', () => {
    expect(placeInWords({})).toBeUndefined();
  });
});

describe('placeNameWithArea', () => {
  it('adds the chosen town to a name that does not say it', () => {
    expect(placeNameWithArea(' Bei Oma im Garten ', 'Herne')).toBe('Bei Oma im Garten, Herne');
  });

  it('leaves a name alone that already names it, is in the gazetteer, or has no town', () => {
    expect(placeNameWithArea('Hauptstraße 12, Bochum-Hordel', 'Bochum-Hordel')).toBe(
      'Hauptstraße 12, Bochum-Hordel',
    );
    expect(placeNameWithArea('Zeche Zollverein, Essen', 'Essen')).toBe('Zeche Zollverein, Essen');
    expect(placeNameWithArea('Bei Oma im Garten', '')).toBe('Bei Oma im Garten');
  });
});
