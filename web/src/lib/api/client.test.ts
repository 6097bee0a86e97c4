import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getToken, setToken, setTokenRefresher } from './auth-token';
import { api, ApiError, send } from './client';

const problem = (status: number) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, detail: '' }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

/** A minimal in-memory Storage, for the code that keeps things in the browser's storage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const authorizationOf = (call: unknown[]) =>
  ((call[1] as RequestInit).headers as Record<string, string>).authorization;

describe('the API client', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('fetch', fetchMock);
    setToken('expired-token');
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setTokenRefresher(null);
  });

  it('refreshes the token once after a 401 and retries the call with the new one', async () => {
    const refresher = vi.fn(async () => {
      setToken('fresh-token');
      return 'fresh-token';
    });
    setTokenRefresher(refresher);
    fetchMock.mockResolvedValueOnce(problem(401)).mockResolvedValueOnce(ok({ id: 's1' }));

    await expect(api('POST', '/stories', {})).resolves.toEqual({ id: 's1' });

    expect(refresher).toHaveBeenCalledTimes(1);
    expect(authorizationOf(fetchMock.mock.calls[1]!)).toBe('Bearer fresh-token');
    expect(getToken()).toBe('fresh-token');
  });

  it('signs out when the refreshed token is refused too, without refreshing again', async () => {
    const refresher = vi.fn(async () => {
      setToken('fresh-token');
      return 'fresh-token';
    });
    setTokenRefresher(refresher);
    fetchMock.mockResolvedValue(problem(401));

    await expect(api('POST', '/stories', {})).rejects.toMatchObject({ status: 401 });

    expect(refresher).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(getToken()).toBeNull();
  });

  it('signs out and retries a GET once without the token after a 401', async () => {
    fetchMock.mockResolvedValueOnce(problem(401)).mockResolvedValueOnce(ok({ items: [] }));

    await expect(api('GET', '/stories')).resolves.toEqual({ items: [] });

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(authorizationOf(fetchMock.mock.calls[0]!)).toBe('Bearer expired-token');
    expect(authorizationOf(fetchMock.mock.calls[1]!)).toBeUndefined();
    expect(getToken()).toBeNull();
  });

  it('does not retry a write after a 401, but still signs out', async () => {
    fetchMock.mockResolvedValueOnce(problem(401));

    await expect(api('POST', '/stories', {})).rejects.toBeInstanceOf(ApiError);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(getToken()).toBeNull();
  });

  it('gives up after one retry when the public request is refused too', async () => {
    fetchMock.mockResolvedValue(problem(401));

    await expect(api('GET', '/me')).rejects.toMatchObject({ status: 401 });

    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('sends no token on an anonymous call, and a 401 then signs no one out', async () => {
    fetchMock.mockResolvedValueOnce(problem(401));

    await expect(send('GET', '/exhibitions/x', { anonymous: true })).rejects.toMatchObject({
      status: 401,
    });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(authorizationOf(fetchMock.mock.calls[0]!)).toBeUndefined();
    expect(getToken()).toBe('expired-token');
  });

  it('keeps the Retry-After of a 429', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ type: 'x', title: 'Too many', status: 429, detail: 'Later' }), {
        status: 429,
        headers: { 'retry-after': '120' },
      }),
    );

    await expect(api('POST', '/stories/s/reports', {})).rejects.toMatchObject({ retryAfter: 120 });
  });
});
