import { BlockList, isIP } from 'node:net';

type Family = 'ipv4' | 'ipv6';

/**
 * Addresses a webhook must not reach unless the operator allows them: the dispatcher runs inside
 * our network, so a URL pointing at these would let whoever registers a webhook probe it (cloud
 * metadata first: it hands out credentials). Checked in order; the first match names the reason.
 * IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) match the IPv4 rules.
 */
const RULES: Array<[network: string, prefix: number, family: Family, what: string]> = [
  ['169.254.169.254', 32, 'ipv4', 'a cloud metadata address'],
  ['fd00:ec2::254', 128, 'ipv6', 'a cloud metadata address'],
  ['0.0.0.0', 8, 'ipv4', 'an unspecified address'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback address'],
  ['10.0.0.0', 8, 'ipv4', 'a private address'],
  ['172.16.0.0', 12, 'ipv4', 'a private address'],
  ['192.168.0.0', 16, 'ipv4', 'a private address'],
  ['100.64.0.0', 10, 'ipv4', 'a shared (carrier-grade NAT) address'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local address'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved address'],
  ['192.0.2.0', 24, 'ipv4', 'a documentation address'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking address'],
  ['198.51.100.0', 24, 'ipv4', 'a documentation address'],
  ['203.0.113.0', 24, 'ipv4', 'a documentation address'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved or broadcast address'],
  ['::', 128, 'ipv6', 'an unspecified address'],
  ['::1', 128, 'ipv6', 'a loopback address'],
  ['::ffff:0:0', 96, 'ipv6', 'an IPv4-mapped address'],
  ['64:ff9b::', 96, 'ipv6', 'a translated (NAT64) address'],
  ['100::', 64, 'ipv6', 'a discard address'],
  ['2001::', 32, 'ipv6', 'a tunnelled (Teredo) address'],
  ['2001:db8::', 32, 'ipv6', 'a documentation address'],
  ['2002::', 16, 'ipv6', 'a tunnelled (6to4) address'],
  ['fc00::', 7, 'ipv6', 'a private (unique local) address'],
  ['fe80::', 10, 'ipv6', 'a link-local address'],
  ['ff00::', 8, 'ipv6', 'a multicast address'],
];

const COMPILED = RULES.map(([network, prefix, family, what]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, what };
});

const familyOf = (address: string): Family | null => ({ 4: 'ipv4', 6: 'ipv6' } as const)[isIP(address) as 4 | 6] ?? null;

/** Why an IP address is off limits ("a loopback address"), or null for a public one. */
export function blockedReason(address: string): string | null {
  const family = familyOf(address);
  if (family === null) return 'not an IP address';
  // IPv4 rules also catch IPv4-mapped IPv6 addresses; IPv6 rules never see plain IPv4 ones
  // (BlockList would match 8.8.8.8 against ::ffff:0:0/96).
  const rules = COMPILED.filter((rule) => rule.family === family || rule.family === 'ipv4');
  return rules.find((rule) => rule.list.check(address, family))?.what ?? null;
}

/** The operator's exceptions (SITREP_WEBHOOK_ALLOW): host names, addresses and CIDRs. */
export interface AllowList {
  /** Host names allowed whatever they resolve to (lower case, no trailing dot). */
  hosts: ReadonlySet<string>;
  /** Addresses and CIDRs, as request-filtering-agent takes them. */
  networks: string[];
  allowsAddress(address: string): boolean;
}

export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const networks: string[] = [];
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim().replace(/^\[(.*)\]$/, '$1');
    const [address, prefix] = entry.split('/');
    const family = familyOf(address);
    if (family === null && prefix === undefined) hosts.add(normaliseHost(entry));
    else if (family === null) throw new Error(`SITREP_WEBHOOK_ALLOW: ${raw} is not a CIDR`);
    else {
      addNetwork(list, raw, address, prefix, family);
      networks.push(entry);
    }
  }
  return {
    hosts,
    networks,
    allowsAddress: (address) => {
      const family = familyOf(address);
      return family !== null && list.check(address, family);
    },
  };
}

function addNetwork(list: BlockList, raw: string, address: string, prefix: string | undefined, family: Family): void {
  if (prefix === undefined) return list.addAddress(address, family);
  const bits = Number(prefix);
  if (!/^\d+$/.test(prefix) || bits > (family === 'ipv4' ? 32 : 128)) throw new Error(`SITREP_WEBHOOK_ALLOW: ${raw} has an invalid prefix length`);
  list.addSubnet(address, bits, family);
}

/** `Example.COM.` and `[::1]` as URL host names come: compared in this form. */
export function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}
