import { lookup as dnsLookup } from 'node:dns/promises';
import type { Agent } from 'node:http';
import { isIP } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { blockedReason, normaliseHost, parseAllowList, type AllowList } from './address-policy';

/** Resolves a host name to every address it has. */
export type Resolve = (host: string) => Promise<string[]>;

export const resolveWithDns: Resolve = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

export type DestinationCheck = { ok: true } | { ok: false; reason: string };

export const MAX_URL_LENGTH = 2048;

/**
 * The SSRF guard. `check` resolves the URL's host and names the first address it may not reach
 * (on create, update and before every send); the agents repeat the check on the addresses the
 * connection actually uses, so a name that resolves differently a moment later (DNS rebinding)
 * is still refused. Redirects are never followed (node:http does not), so a receiver cannot
 * bounce a delivery inwards either.
 */
export class DestinationGuard {
  private readonly allow: AllowList;
  private readonly agents: Record<'strict' | 'trusted', { http: Agent; https: Agent }>;

  constructor(allowEntries: readonly string[], private readonly resolve: Resolve = resolveWithDns) {
    this.allow = parseAllowList(allowEntries);
    const strict = { allowIPAddressList: this.allow.networks, keepAlive: false };
    // A host name the operator allow-listed may resolve anywhere: they vouched for the name.
    const trusted = { ...strict, allowPrivateIPAddress: true };
    this.agents = {
      strict: { http: new RequestFilteringHttpAgent(strict), https: new RequestFilteringHttpsAgent(strict) },
      trusted: { http: new RequestFilteringHttpAgent(trusted), https: new RequestFilteringHttpsAgent(trusted) },
    };
  }

  async check(raw: string): Promise<DestinationCheck> {
    const url = parseWebhookUrl(raw);
    if (typeof url === 'string') return { ok: false, reason: url };
    const host = normaliseHost(url.hostname);
    if (this.allow.hosts.has(host)) return { ok: true };
    let addresses: string[];
    try {
      addresses = isIP(host) !== 0 ? [host] : await this.resolve(host);
    } catch {
      return { ok: false, reason: `host ${host} does not resolve` };
    }
    for (const address of addresses) {
      const why = this.allow.allowsAddress(address) ? null : blockedReason(address);
      if (why === null) continue;
      const subject = address === host ? address : `${host} resolves to ${address}, which`;
      return { ok: false, reason: `${subject} is ${why}; webhooks may not reach it unless the operator allow-lists it (SITREP_WEBHOOK_ALLOW)` };
    }
    return { ok: true };
  }

  /** The agent that checks, at connection time, the addresses the request really connects to. */
  agentFor(url: URL): Agent {
    const agents = this.allow.hosts.has(normaliseHost(url.hostname)) ? this.agents.trusted : this.agents.strict;
    return url.protocol === 'https:' ? agents.https : agents.http;
  }
}

/** The URL, or why it cannot be a webhook's. */
export function parseWebhookUrl(raw: string): URL | string {
  if (raw.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an absolute http:// or https:// URL';
  if (url.username !== '' || url.password !== '') return 'must not carry credentials: receivers authenticate deliveries by their signature';
  if (url.hash !== '') return 'must not have a #fragment';
  return url;
}
