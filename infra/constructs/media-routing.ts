/**
 * CloudFront Function (cloudfront-js-2.0) for the /media/* behaviour. CloudFront sends the viewer's
 * whole path to the origin, after the origin's path: `/media/<id>/<file>` would be the key
 * `public/media/<id>/<file>`. The bucket's layout is `public/<id>/<file>` (shared/media-files.ts),
 * so this strips `/media` and the origin path `/public` puts the key under public/: nothing this
 * behaviour serves can name a key outside public/, whatever the path. Anything but one id and one
 * file name (a nested path, dot segments, an empty part) is a 404 here, before S3 is asked.
 */
export const MEDIA_ROUTING_CODE = `function handler(event) {
  var request = event.request;
  var match = /^\\/media(\\/[A-Za-z0-9_-]{1,40}\\/[A-Za-z0-9_-]{1,40}\\.[A-Za-z0-9]{1,8})$/.exec(request.uri);
  if (!match) {
    return { statusCode: 404, statusDescription: 'Not Found' };
  }
  request.uri = match[1];
  return request;
}`;

const routeMedia = new Function(`${MEDIA_ROUTING_CODE}; return handler;`)() as (event: {
  request: { uri: string };
}) => { uri: string } | { statusCode: number };

/**
 * The same routing for the local web server's /media proxy (web/vite.config.ts) to the local S3,
 * by the very function CloudFront runs: the path on the S3 server (path-style: bucket, then key)
 * of the file a /media URL names, or of a key that never exists for anything else. Without it
 * `/media/..%2Fprivate/<id>/1600.jpg` read a private file, as the local S3 decodes the key.
 */
export function localMediaPath(path: string, bucket: string): string {
  const answer = routeMedia({ request: { uri: path.split('?')[0]! } });
  return 'uri' in answer ? `/${bucket}/public${answer.uri}` : `/${bucket}/public/-/not-found`;
}
