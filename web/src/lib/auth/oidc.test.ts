import { describe, expect, it } from 'vitest';
import { safeReturnPath, signUpEndpoint } from './oidc';

describe('safeReturnPath', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeReturnPath('/submit')).toBe('/submit');
    expect(safeReturnPath('/stories/s1?from=feed')).toBe('/stories/s1?from=feed');
  });

  it('sends links to other sites, and missing ones, to the home page', () => {
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
    // A backslash is a slash to a browser; a control character belongs in no path.
    expect(safeReturnPath('/\\evil.example/x')).toBe('/');
    expect(safeReturnPath('/me\\..\\x')).toBe('/');
    expect(safeReturnPath('/me\n')).toBe('/');
  });
});

describe('signUpEndpoint', () => {
  it("is Cognito's /signup beside /oauth2/authorize", () => {
    expect(signUpEndpoint('https://auth.ruhr-stories.example/oauth2/authorize').href).toBe(
      'https://auth.ruhr-stories.example/signup',
    );
    expect(signUpEndpoint('http://127.0.0.1:9229/oauth2/authorize').href).toBe(
      'http://127.0.0.1:9229/signup',
    );
  });
});
