import { describe, expect, it } from 'vitest';
import { exportFileName, periodText, temporalCoverage } from './fields';

describe('periods', () => {
  it('read as years with the label, and as an ISO 8601 interval for schema.org', () => {
    expect(periodText({ from: 1960, to: 1973, label: 'Mitte der 60er' })).toBe(
      '1960–1973 (Mitte der 60er)',
    );
    expect(periodText({ from: 1955 })).toBe('1955');
    expect(periodText({ label: 'Nach dem Krieg' })).toBe('Nach dem Krieg');
    expect(periodText(undefined)).toBe('');
    expect(temporalCoverage({ from: 1960, to: 1973 })).toBe('1960/1973');
    expect(temporalCoverage({ to: 1980, label: 'x' })).toBe('1980');
    expect(temporalCoverage({ label: 'Nach dem Krieg' })).toBe('Nach dem Krieg');
  });
});

describe('exportFileName', () => {
  it('is ASCII, from the German title, with umlauts spelled out', () => {
    const id = '01JABCDEFGHJKMNPQRSTVWXYZ0';
    expect(exportFileName({ id, title: { de: 'Glück auf! Größe & Maß' } }, 'csv')).toBe(
      'ausstellung-glueck-auf-groesse-mass.csv',
    );
    expect(exportFileName({ id, title: { de: 'Café Élan' } }, 'csv')).toBe(
      'ausstellung-cafe-elan.csv',
    );
    expect(exportFileName({ id, title: { de: '«»' } }, 'jsonld')).toBe(
      `ausstellung-${id.toLowerCase()}.jsonld`,
    );
  });
});
