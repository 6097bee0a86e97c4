import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHashes, contentSecurityPolicy } from './content-security-policy';

const work = mkdtempSync(join(tmpdir(), 'ruhr-stories-csp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('contentSecurityPolicy', () => {
  it('allows only the own origin, no plugins and no framing', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("font-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|data:/);
  });

  it('plays media from the own origin and local previews only, unless told of the media bucket', () => {
    // blob: is a file still on the person's device, shown in the upload form before sending.
    expect(contentSecurityPolicy()).toContain("media-src 'self' blob:;");
    expect(contentSecurityPolicy()).toContain("img-src 'self' blob:;");
    expect(contentSecurityPolicy()).not.toMatch(/(script|style|connect|default)-src [^;]*blob:/);
  });

  it("lets pages show, play, upload and fetch the media bucket's files, and nothing else", () => {
    const bucket = 'https://ruhr-stories-media.s3.eu-central-1.amazonaws.com';
    const login = 'https://anmelden.ruhr-stories.example';
    const policy = contentSecurityPolicy(undefined, [login], [bucket]);
    const directive = (name: string) =>
      policy
        .split('; ')
        .find((each) => each.startsWith(`${name} `))
        ?.split(' ')
        .slice(1);
    expect(directive('img-src')).toEqual(["'self'", 'blob:', bucket]);
    expect(directive('media-src')).toEqual(["'self'", 'blob:', bucket]);
    expect(directive('connect-src')).toEqual(["'self'", login, bucket]);
    // Not a source of scripts, styles, fonts, frames or forms.
    for (const name of ['default-src', 'script-src', 'style-src', 'font-src', 'form-action']) {
      expect(directive(name), name).toEqual(["'self'"]);
    }
  });

  it('allows the given inline scripts and style attributes by hash only', () => {
    const policy = contentSecurityPolicy({ scripts: ['sha256-abc='], styles: ['sha256-def='] });
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-def='");
    expect(policy).not.toContain("'unsafe-inline'");
  });
});

describe('buildHashes', () => {
  it("hashes each distinct inline script of the build's HTML and style attribute of its JS", () => {
    const build = join(work, 'build');
    mkdirSync(join(build, '_app'), { recursive: true });
    const bootstrap = '\n\t{ __sveltekit_x = {}; import("/_app/start.js"); }\n';
    const hidden = 'position: absolute; width: 1px; height: 1px';
    writeFileSync(
      join(build, 'index.html'),
      `<html><head><script type="module" src="/_app/a.js"></script>
       <script type="application/ld+json">{"@type":"Thing"}</script></head>
       <body><script>${bootstrap}</script></body></html>`,
    );
    writeFileSync(join(build, '_app', 'page.html'), `<script>${bootstrap}</script>`);
    writeFileSync(join(build, '_app', 'app.js'), `const t='<div style="${hidden}"></div>';`);
    writeFileSync(join(build, 'notes.txt'), '<script>alert(1)</script><b style="color: red">');
    expect(buildHashes(build)).toEqual({ scripts: [sha256(bootstrap)], styles: [sha256(hidden)] });
  });

  it('finds none when there is no build yet', () => {
    expect(buildHashes(join(work, 'missing'))).toEqual({ scripts: [], styles: [] });
  });
});
