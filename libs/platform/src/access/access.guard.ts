import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { KEY_VERIFIER, type KeyVerifier, type VerifiedKey } from './key-verifier';
import { requiredScope } from './route-policy';
import type { TokenBuckets } from './token-bucket';

export const RATE_LIMITER = Symbol.for('sitrep.RateLimiter');

/**
 * Every request passes here: public paths go through; everything else needs an API key
 * (`Authorization: Bearer sk_…` or `X-API-Key`) holding the route's scope. 401 without a valid
 * key, 403 with the wrong scope, 429 with Retry-After past the key's budget.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(KEY_VERIFIER) private readonly keys: KeyVerifier,
    @Inject(RATE_LIMITER) private readonly buckets: TokenBuckets,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & { sitrepKey?: VerifiedKey }>();
    const needed = requiredScope(request.method, request.originalUrl ?? request.url);
    if (needed === 'public') return true;
    const presented = presentedKey(request);
    const key = presented ? await this.keys.verify(presented) : null;
    if (!key) throw new HttpException({ statusCode: 401, error: 'Unauthorized', message: 'An API key is required (Authorization: Bearer <key>)' }, 401);
    if (!key.scopes.includes(needed)) {
      throw new HttpException({ statusCode: 403, error: 'Forbidden', message: `This key lacks the ${needed} scope` }, 403);
    }
    const wait = this.buckets.take(key.id, Date.now());
    if (wait > 0) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(wait));
      throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message: `Rate limit reached; retry in ${wait} s` }, HttpStatus.TOO_MANY_REQUESTS);
    }
    request.sitrepKey = key;
    return true;
  }
}

function presentedKey(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : undefined;
}
