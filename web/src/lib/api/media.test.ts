import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { completeUpload, retryWhilePending, uploadForm } from './media';

/*
 * The upload client against a real HTTP server on this machine that answers as the media API
 * does: 409 scan-pending with Retry-After a few times, then the processed medium. Only `fetch`'s
 * base is bent (the app calls the relative `/api/...`), and the wait is a recording fake, so the
 * test takes no seconds.
 */

let server: Server;
let base = '';
let pendingAnswers = 0;
let calls = 0;
let status = 409;

beforeAll(async () => {
  server = createServer((request, response) => {
    calls++;
    if (pendingAnswers > 0) {
      pendingAnswers--;
      response.writeHead(status, {
        'content-type': 'application/problem+json',
        'retry-after': '5',
      });
      const type = status === 409 ? '/problems/scan-pending' : '/problems/media-unreadable';
      response.end(JSON.stringify({ type, title: 'x', status, detail: 'wait' }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    const id = request.url?.split('/')[4];
    response.end(JSON.stringify({ id, kind: 'image', status: 'ready', previewUrl: '/p.jpg' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => realFetch(`${base}${url}`, init));
});

afterEach(() => {
  calls = 0;
  pendingAnswers = 0;
  status = 409;
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise((resolve) => server.close(resolve));
});

describe('completeUpload', () => {
  it('waits as Retry-After says while the scan runs, then answers the medium', async () => {
    pendingAnswers = 2;
    const waits: number[] = [];
    const ready = await completeUpload('abc', { wait: async (s) => void waits.push(s) });
    expect(ready).toMatchObject({ id: 'abc', status: 'ready' });
    expect(waits).toEqual([5, 5]);
    expect(calls).toBe(3);
  });

  it('gives up after its attempts with the last scan-pending problem', async () => {
    pendingAnswers = 10;
    const failed = completeUpload('abc', { attempts: 3, wait: async () => {} });
    await expect(failed).rejects.toMatchObject({
      status: 409,
      problem: { type: '/problems/scan-pending' },
    });
    expect(calls).toBe(3);
  });

  it('does not retry a file the server refused', async () => {
    pendingAnswers = 1;
    status = 422;
    await expect(completeUpload('abc', { wait: async () => {} })).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
  });
});

describe('retryWhilePending', () => {
  it('waits 2 s when the server names no time, and at most 30 s', async () => {
    const answers = [null, 600];
    const waits: number[] = [];
    const result = await retryWhilePending(
      async () => {
        if (answers.length === 0) return 'done';
        const retryAfter = answers.shift()!;
        throw new ApiError(
          { type: '/problems/upload-missing', title: 'x', status: 409, detail: '' },
          retryAfter,
        );
      },
      { wait: async (s) => void waits.push(s) },
    );
    expect(result).toBe('done');
    expect(waits).toEqual([2, 30]);
  });
});

describe('uploadForm', () => {
  it('puts the policy fields first and the file last, as S3 requires', () => {
    const form = uploadForm({ key: 'uploads/x', Policy: 'p' }, new Blob(['x']));
    expect([...form.keys()]).toEqual(['key', 'Policy', 'file']);
  });
});
