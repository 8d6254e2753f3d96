import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { AuditLogStore } from '@sitrep/db';
import { requiredScope, type VerifiedKey } from '@sitrep/platform';
import type { Request, Response } from 'express';
import { tap } from 'rxjs';

/**
 * Every administrative write (rules, webhooks, rebuilds, actors, keys) leaves an audit record —
 * who, what, on which path, with what outcome — without each controller having to remember.
 * Bodies are not recorded: they can hold secrets.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditLogStore) {}

  intercept(context: ExecutionContext, next: CallHandler) {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { sitrepKey?: VerifiedKey }>();
    const path = request.originalUrl.split('?')[0];
    const isAdminWrite = request.method !== 'GET' && request.method !== 'HEAD' && requiredScope(request.method, path) === 'admin';
    if (!isAdminWrite || path.startsWith('/v1/keys')) return next.handle();
    const record = (outcome: string) =>
      void this.audit
        .record({ keyId: request.sitrepKey?.id, action: `${request.method} ${request.route?.path ?? path}`, target: path, details: { outcome, status: context.switchToHttp().getResponse<Response>().statusCode } })
        .catch(() => undefined);
    return next.handle().pipe(tap({ next: () => record('ok'), error: () => record('error') }));
  }
}
