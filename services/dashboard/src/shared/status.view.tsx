import type { ComponentChildren } from 'preact';
import { describeError } from '../api/api-client';

export function Loading({ label }: { label: string }) {
  return (
    <p class="status status-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="status status-empty">{children}</p>;
}

/** A failed request, said plainly, with a retry when one can help. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div class="status status-error" role="alert">
      <span>{describeError(error)}</span>
      {onRetry !== undefined && (
        <button type="button" class="button-small" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
