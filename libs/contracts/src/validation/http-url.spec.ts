import { describe, expect, it } from '@jest/globals';
import { isHttpUrl } from './http-url';

describe('isHttpUrl', () => {
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'https://ar.example.org/الحسكة',
    'https://t.me/s/channel/123',
    'https://xn--mgbh0fb.example/',
    'HTTPS://EXAMPLE.ORG/',
  ])('accepts %s', (url) => expect(isHttpUrl(url)).toBe(true));

  it.each([
    ['another scheme', 'ftp://example.org/file'],
    ['a script', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<b>x</b>'],
    ['a relative path', '/reports/1'],
    ['no host', 'http://'],
    ['a file URL', 'file:///etc/passwd'],
    ['a space', 'https://example.org/a b'],
    ['a tab the parser would strip', 'https://exa\tmple.org/'],
    ['a newline', 'https://example.org/\n'],
    ['no scheme', 'example.org'],
  ])('refuses %s', (_name, url) => expect(isHttpUrl(url)).toBe(false));
});
