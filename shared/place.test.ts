import { describe, expect, it } from 'vitest';
import { coarsenPlace } from './place';

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
  it('keeps a place without coordinates as it is', () => {
    expect(coarsenPlace({ name: 'Essen', precision: 'city' })).toEqual({
      name: 'Essen',
      precision: 'city',
    });
  });
});
