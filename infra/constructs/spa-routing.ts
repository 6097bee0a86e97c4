/**
 * CloudFront Function (cloudfront-js-2.0) for the web behaviour only: a path without a file
 * extension is a client-side route of the SvelteKit SPA, so it is served from /index.html.
 *
 * This replaces distribution-wide custom error responses (403/404 → /index.html), which CloudFront
 * would also apply to /api/*: an API 404 problem+json would reach the browser as an HTML 200.
 */
export const SPA_ROUTING_CODE = `function handler(event) {
  var request = event.request;
  var lastSegment = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;
