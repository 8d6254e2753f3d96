import { JSON_MEDIA_TYPE, mediaTypeOf } from './media-type';
import { refuse } from './parse-result';
import { quote } from './quote';

type Unwrapped = { ok: true; submission: unknown; envelope: 'structured' } | { ok: false; reason: string };

/** A structured-mode CloudEvent (the whole event as JSON) → its `data`, the submission. */
export function unwrapStructuredEvent(event: unknown): Unwrapped {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return refuse('structured CloudEvent must be a JSON object');
  const attributes = event as Record<string, unknown>;
  if (attributes['specversion'] !== '1.0') return refuse(`unsupported specversion ${quote(attributes['specversion'])}, expected "1.0"`);
  const missing = ['id', 'source', 'type'].filter((name) => typeof attributes[name] !== 'string');
  if (missing.length > 0) return refuse(`structured CloudEvent lacks attribute ${missing.join(', ')}`);
  const dataContentType = attributes['datacontenttype'];
  if (dataContentType !== undefined && mediaTypeOf(String(dataContentType)) !== JSON_MEDIA_TYPE) {
    return refuse(`datacontenttype must be ${JSON_MEDIA_TYPE}, got ${quote(dataContentType)}`);
  }
  if (Object.hasOwn(attributes, 'data_base64')) return refuse('data_base64 is not supported; send the submission as JSON data');
  if (!Object.hasOwn(attributes, 'data')) return refuse('structured CloudEvent has no data');
  return { ok: true, submission: attributes['data'], envelope: 'structured' };
}
