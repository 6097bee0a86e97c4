import { describe, expect, it } from 'vitest';
import { coarsenPlace, publicPlaceName } from './place';

const base = { name: 'Bochum-Hordel', lat: 51.50374, lng: 7.17612 };

describe('coarsenPlace', () => {
  it('keeps exact coordinates', () => {
    expect(coarsenPlace({ ...base, precision: 'exact' })).toEqual({ ...base, precision: 'exact' });
  });
  it('rounds a neighbourhood to about a kilometre', () => {
    expect(coarsenPlace({ ...base, precision: 'neighbourhood' })).toMatchObject({
      lat: 51.5,
      lng: 7.18,
    });
  });
  it('rounds a city to about ten kilometres', () => {
    expect(coarsenPlace({ ...base, precision: 'city' })).toMatchObject({ lat: 51.5, lng: 7.2 });
  });
  it('shows nothing of a hidden place', () => {
    expect(coarsenPlace({ ...base, precision: 'hidden' })).toBeUndefined();
  });
  it('keeps a gazetteer city without coordinates by its name', () => {
    expect(coarsenPlace({ name: 'Essen', precision: 'city' })).toEqual({
      name: 'Essen',
      precision: 'city',
    });
  });
});

describe('the public name of a place', () => {
  const typed = 'Hauptstraße 12, Bochum-Hordel';

  it('never shows what the author typed below exact precision', () => {
    expect(coarsenPlace({ name: typed, precision: 'neighbourhood' })?.name).toBe('Bochum-Hordel');
    expect(coarsenPlace({ name: typed, precision: 'city' })?.name).toBe('Bochum');
    expect(coarsenPlace({ name: typed, precision: 'exact' })?.name).toBe(typed);
  });

  it("uses a gazetteer entry's district and city, not the entry's own name", () => {
    const zeche = { name: 'Zeche Zollverein, Essen', lat: 51.4862, lng: 7.0455 };
    expect(coarsenPlace({ ...zeche, precision: 'neighbourhood' })).toEqual({
      name: 'Essen-Stoppenberg',
      lat: 51.49,
      lng: 7.05,
      precision: 'neighbourhood',
    });
    expect(coarsenPlace({ ...zeche, precision: 'city' })?.name).toBe('Essen');
  });

  it('falls back to the city at neighbourhood precision when no district is known', () => {
    expect(
      publicPlaceName({ name: 'Kirchstraße 5, 45879 Gelsenkirchen', precision: 'neighbourhood' }),
    ).toBe('Gelsenkirchen');
  });

  it('shows no name for a place the gazetteer cannot match, and nothing without coordinates', () => {
    expect(coarsenPlace({ name: 'Am Steinbruch 3', precision: 'city' })).toBeUndefined();
    expect(
      coarsenPlace({ name: 'Am Steinbruch 3', lat: 51.44, lng: 7.35, precision: 'city' }),
    ).toEqual({ lat: 51.4, lng: 7.4, precision: 'city' });
  });

  it('matches whole words only: "Essener Straße" is no mention of Essen', () => {
    expect(publicPlaceName({ name: 'Essener Straße 4', precision: 'city' })).toBeUndefined();
    expect(publicPlaceName({ name: '45141 essen', precision: 'city' })).toBe('Essen');
  });
});
