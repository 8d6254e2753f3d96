/** The media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

export const JSON_MEDIA_TYPE = 'application/json';
export const CLOUDEVENTS_JSON_MEDIA_TYPE = 'application/cloudevents+json';
export const CLOUDEVENTS_BATCH_MEDIA_TYPE = 'application/cloudevents-batch+json';
