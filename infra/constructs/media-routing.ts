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
