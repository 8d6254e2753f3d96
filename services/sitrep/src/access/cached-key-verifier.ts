import type { ApiKeyStore } from '@sitrep/db';
import type { KeyVerifier, VerifiedKey } from '@sitrep/platform';

const TTL_MS = 5_000;

/**
 * Verification costs a database round trip, so results are kept for a few seconds per key: a
 * revoked key stops working everywhere within TTL_MS. `last_used_at` is refreshed at most once per
 * TTL per key, off the request path.
 */
export class CachedKeyVerifier implements KeyVerifier {
  private readonly cache = new Map<string, { result: VerifiedKey | null; until: number }>();

  constructor(private readonly store: ApiKeyStore) {}

  async verify(key: string): Promise<VerifiedKey | null> {
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.result;
    const result = await this.store.verify(key);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { result, until: now + TTL_MS });
    if (result) void this.store.touch(result.id).catch(() => undefined);
    return result;
  }
}
