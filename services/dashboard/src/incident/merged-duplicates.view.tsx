import type { MergedDuplicate } from '../api/api.types';
import { formatDay, formatInstant } from '../shared/format';
import { Name } from '../shared/names.view';

/** Incidents found to be the same happening and merged into this one; each can still be opened. */
export function MergedDuplicates({ duplicates, onOpen }: { duplicates: MergedDuplicate[]; onOpen: (id: string) => void }) {
  return (
    <section class="duplicates" aria-labelledby="duplicates-title">
      <h3 id="duplicates-title">Merged duplicates ({duplicates.length})</h3>
      {duplicates.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul>
          {duplicates.map((duplicate) => (
            <li key={duplicate.id}>
              <button type="button" class="link-button" onClick={() => onOpen(duplicate.id)}>
                {duplicate.placeName !== undefined ? <Name text={duplicate.placeName} /> : duplicate.id}
              </button>{' '}
              <span class="muted">
                occurred {formatDay(duplicate.occurredStart)}, merged {formatInstant(duplicate.mergedAt)} (v{duplicate.version})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
