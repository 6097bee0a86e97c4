import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// CloudFront refuses a Content-Security-Policy header value longer than this.
const CLOUDFRONT_MAX_LENGTH = 1783;

/** `sha256-…` sources for the inline code a web build ships. */
export type BuildHashes = { scripts: string[]; styles: string[] };

const quoted = (hashes: readonly string[]) => hashes.map((hash) => `'${hash}'`);

/**
 * The site's Content-Security-Policy, the one string CloudFront sends and the browser tests serve:
 * everything from the site's own origin only (DESIGN.md section 6: nothing from a third party), but
 * for the museum's own sign-in service, which the SPA calls for tokens, and the museum's own media
 * bucket, which the browser talks to directly for uploads and private views, and the browser's own
 * blob: URLs of a file being uploaded, shown before it leaves the device; no plugins, no
 * framing. The hashes allow exactly the inline code of the build (see buildHashes), which changes
 * with every build.
 */
export function contentSecurityPolicy(
  hashes: BuildHashes = { scripts: [], styles: [] },
  /** Origins the SPA calls besides its own: the sign-in service's token endpoint (DESIGN §7). */
  connectOrigins: readonly string[] = [],
  /**
   * The media bucket's own origin (DESIGN §9): an upload is a presigned POST to it (connect-src),
   * and the author's and moderators' view of a story not yet public shows its photos and plays
   * its recording from presigned GETs (img-src, media-src; connect-src for a fetch of one).
   * Public copies come from the site's own origin, under /media/.
   */
  mediaOrigins: readonly string[] = [],
): string {
  // 'unsafe-hashes' lets a style="" attribute through only if its hash is listed.
  const styleHashes = hashes.styles.length ? ["'unsafe-hashes'", ...quoted(hashes.styles)] : [];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...quoted(hashes.scripts)],
    ['style-src', "'self'", ...styleHashes],
    // blob: for the upload form's previews of a photo or a recording still on the device.
    ['img-src', "'self'", 'blob:', ...mediaOrigins],
    ['media-src', "'self'", 'blob:', ...mediaOrigins],
    // The serif is bundled with the build (web/src/fonts.css), never fetched from a font service.
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectOrigins, ...mediaOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  const policy = directives.map((directive) => directive.join(' ')).join('; ');
  if (policy.length > CLOUDFRONT_MAX_LENGTH) {
    throw new Error(`The Content-Security-Policy is longer than CloudFront allows: ${policy}`);
  }
  return policy;
}

/**
 * The hashes of a web build's inline code, each list sorted and without repeats:
 * - `scripts`: every inline `<script>` of its HTML files (SvelteKit's bootstrap in index.html);
 *   data blocks such as JSON-LD are not scripts a CSP governs and are left out;
 * - `styles`: every static `style="…"` in its JavaScript, which the app inserts as markup
 *   (SvelteKit's visually hidden route announcer).
 * A folder that does not exist has none.
 */
export function buildHashes(buildDir: string): BuildHashes {
  if (!existsSync(buildDir)) return { scripts: [], styles: [] };
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of filesOf(buildDir)) {
    if (file.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/\bsrc\s*=/i.test(attributes!) || !body) continue;
        const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase();
        if (type && type !== 'module' && type !== 'text/javascript') continue;
        scripts.add(sha256(body));
      }
    } else if (file.endsWith('.js')) {
      for (const [, style] of readFileSync(file, 'utf8').matchAll(/\bstyle="([^"]+)"/g)) {
        styles.add(sha256(style!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')));
      }
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
