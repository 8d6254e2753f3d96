import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { SitrepConfig } from '@sitrep/config';
import { ApiKeyStore } from '@sitrep/db';
import { AccessGuard, KEY_VERIFIER, RATE_LIMITER, TokenBuckets } from '@sitrep/platform';
import { AuditInterceptor } from './audit.interceptor';
import { CachedKeyVerifier } from './cached-key-verifier';
import { AuditController, KeysController } from './keys.controller';

/** API keys with scopes on every route, per-key rate limits, key management and the audit trail. */
@Module({})
export class AccessModule {
  static forConfig(config: SitrepConfig): DynamicModule {
    return {
      module: AccessModule,
      controllers: [KeysController, AuditController],
      providers: [
        { provide: KEY_VERIFIER, useFactory: (store: ApiKeyStore) => new CachedKeyVerifier(store), inject: [ApiKeyStore] },
        { provide: RATE_LIMITER, useValue: new TokenBuckets(config.rateLimitPerMinute) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
    };
  }
}
