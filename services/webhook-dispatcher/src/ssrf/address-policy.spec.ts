import { describe, expect, it } from '@jest/globals';
import { blockedReason, normaliseHost, parseAllowList } from './address-policy';

describe('blockedReason', () => {
  it('names what the brief forbids: loopback, private, link-local, multicast, unspecified, metadata', () => {
    const cases: Array<[string, string]> = [
      ['127.0.0.1', 'a loopback address'],
      ['::1', 'a loopback address'],
      ['10.0.0.1', 'a private address'],
      ['172.16.5.4', 'a private address'],
      ['172.31.255.255', 'a private address'],
      ['192.168.1.1', 'a private address'],
      ['fd12:3456::1', 'a private (unique local) address'],
      ['169.254.1.1', 'a link-local address'],
      ['fe80::1', 'a link-local address'],
      ['224.0.0.1', 'a multicast address'],
      ['ff02::1', 'a multicast address'],
      ['0.0.0.0', 'an unspecified address'],
      ['::', 'an unspecified address'],
      ['169.254.169.254', 'a cloud metadata address'],
      ['fd00:ec2::254', 'a cloud metadata address'],
      ['255.255.255.255', 'a reserved or broadcast address'],
      ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ];
    for (const [address, reason] of cases) expect([address, blockedReason(address)]).toEqual([address, reason]);
  });

  it('sees through IPv4-mapped IPv6', () => {
    expect(blockedReason('::ffff:127.0.0.1')).toBe('a loopback address');
    expect(blockedReason('::ffff:a9fe:a9fe')).toBe('a cloud metadata address');
    expect(blockedReason('::ffff:8.8.8.8')).toBe('an IPv4-mapped address');
  });

  it('lets public addresses through', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '151.101.1.69']) expect(blockedReason(address)).toBeNull();
  });
});

describe('parseAllowList', () => {
  it('takes addresses, CIDRs and host names', () => {
    const allow = parseAllowList(['127.0.0.1', '10.1.0.0/16', '[::1]', 'Sink.Internal.']);
    expect(allow.allowsAddress('127.0.0.1')).toBe(true);
    expect(allow.allowsAddress('127.0.0.2')).toBe(false);
    expect(allow.allowsAddress('10.1.200.3')).toBe(true);
    expect(allow.allowsAddress('10.2.0.1')).toBe(false);
    expect(allow.allowsAddress('::1')).toBe(true);
    expect([...allow.hosts]).toEqual(['sink.internal']);
    expect(allow.networks).toEqual(['127.0.0.1', '10.1.0.0/16', '::1']);
  });

  it('refuses a CIDR it cannot read rather than allowing something else', () => {
    expect(() => parseAllowList(['10.0.0.0/33'])).toThrow('invalid prefix');
    expect(() => parseAllowList(['sink/8'])).toThrow('not a CIDR');
  });

  it('compares host names case- and dot-insensitively', () => {
    expect(normaliseHost('LocalHost.')).toBe('localhost');
    expect(normaliseHost('[::1]')).toBe('::1');
  });
});
