import { ValidateBy } from 'class-validator';

/** Characters a browser would silently strip or encode; in a stored URL they hide what it points to. */
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u009f]/;

/** An absolute http(s) URL with a host, as the WHATWG URL parser (Node's `URL`) reads it. */
export function isHttpUrl(value: string): boolean {
  if (WHITESPACE_OR_CONTROL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function IsHttpUrl(): PropertyDecorator {
  return ValidateBy({
    name: 'httpUrl',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || isHttpUrl(value),
      defaultMessage: () => '$property must be an absolute http(s) URL',
    },
  });
}
