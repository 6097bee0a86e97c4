/**
 * The interactive API reference at /api/docs: Swagger UI from the pinned npm package
 * swagger-ui-dist, self-hosted under /api/docs/assets/ (DESIGN §6: nothing from a third party).
 * This module is in the accounts Lambda, which serves the page; the multi-megabyte assets are
 * not: on AWS they are files of the static site (uploaded with the web build; CloudFront routes
 * /api/docs/assets/* to the site's bucket), locally the API process serves them (docs-assets.ts).
 */

export const DOCS_ASSETS_PATH = '/api/docs/assets';

/** The files of swagger-ui-dist that the page loads. */
export const SWAGGER_UI_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js'] as const;

/** Our own start-up script: a same-origin file, since the CSP allows no inline script. */
export const DOCS_INIT_FILE = 'init.js';

export const DOCS_INIT_SCRIPT = `// Starts Swagger UI on this API's own OpenAPI document.
window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  // Swagger UI would otherwise show a badge image from validator.swagger.io.
  validatorUrl: null,
});
`;

/**
 * What the page may load: its own origin only, no inline script. Swagger UI's stylesheet carries
 * its icons as data: images; "Try it out" calls this API (connect-src 'self').
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const asset = (name: string) => `${DOCS_ASSETS_PATH}/${name}`;

/** The reference's HTML: every script and stylesheet a same-origin file. */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Ruhr Stories API</title>
    <link rel="stylesheet" href="${asset('swagger-ui.css')}" />
  </head>
  <body>
    <noscript>
      <p>The reference needs JavaScript. The API is described by <a href="/api/openapi.json">its OpenAPI document</a>.</p>
    </noscript>
    <div id="swagger-ui"></div>
    <script src="${asset('swagger-ui-bundle.js')}"></script>
    <script src="${asset(DOCS_INIT_FILE)}"></script>
  </body>
</html>
`;
