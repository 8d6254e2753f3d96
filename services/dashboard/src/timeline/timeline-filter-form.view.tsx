import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Governorate } from '../api/api.types';
import { EVENT_TYPES } from '../shared/event-types';
import { ActorSuggestions } from './actor-suggestions.view';
import { activeFilterCount, filterProblem, MIN_GRADES, NO_FILTERS, ORDERS, type TimelineFilters } from './timeline-filters';

interface FilterFormProps {
  filters: TimelineFilters;
  governorates: Governorate[];
  onApply: (filters: TimelineFilters) => void;
}

/** The query API's timeline filters as a form; nothing is asked until Apply (or Enter), so typing never floods the API. */
export function TimelineFilterForm({ filters, governorates, onApply }: FilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(filters), [filters]);

  const field = (name: keyof TimelineFilters) => ({
    id: `filter-${name}`,
    name,
    value: draft[name],
    onInput: (event: Event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value }),
  });
  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = filterProblem(draft);
    setProblem(wrong);
    if (wrong === null) onApply(draft);
  };
  const reset = () => {
    setDraft(NO_FILTERS);
    setProblem(null);
    onApply(NO_FILTERS);
  };
  const count = activeFilterCount(filters);

  return (
    <form class="filters" onSubmit={submit} aria-label="Timeline filters">
      <div class="filter-grid">
        <Field label="From" name="from">
          <input type="date" {...field('from')} />
        </Field>
        <Field label="To" name="to">
          <input type="date" {...field('to')} />
        </Field>
        <Field label="Governorate" name="admin1">
          <select {...field('admin1')}>
            <option value="">Any</option>
            {governorates.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} — {g.nameAr}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Place contains" name="place">
          <input type="search" dir="auto" placeholder="prison" {...field('place')} />
        </Field>
        <Field label="Actor (name or alias)" name="actor">
          <input type="search" dir="auto" list="actor-suggestions" autoComplete="off" placeholder="Daesh, SDF, قسد" {...field('actor')} />
          <ActorSuggestions id="actor-suggestions" text={draft.actor} />
        </Field>
        <Field label="Event type" name="eventType">
          <select {...field('eventType')}>
            <option value="">Any</option>
            {EVENT_TYPES.filter((type) => type !== 'Other').map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Least source grade" name="minGrade">
          <select {...field('minGrade')}>
            <option value="">Any</option>
            {MIN_GRADES.map((grade) => (
              <option key={grade} value={grade}>
                {grade} or better
              </option>
            ))}
          </select>
        </Field>
        <Field label="Text" name="q">
          <input type="search" dir="auto" placeholder='"car bomb" -Raqqa' {...field('q')} />
        </Field>
        <Field label="As known at (end of day)" name="asOf">
          <input type="date" {...field('asOf')} />
        </Field>
        <Field label="Order" name="order">
          <select {...field('order')}>
            {ORDERS.map((order) => (
              <option key={order.value} value={order.value}>
                {order.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {problem !== null && (
        <p class="status status-error" role="alert">
          {problem}
        </p>
      )}
      <div class="filter-actions">
        <button type="submit" class="button-primary">
          Apply
        </button>
        <button type="button" class="button-quiet" onClick={reset}>
          Reset
        </button>
        <span class="filter-count">{count === 0 ? 'No filters' : `${count} filter${count === 1 ? '' : 's'} applied`}</span>
      </div>
    </form>
  );
}

function Field({ label, name, children }: { label: string; name: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      {children}
    </div>
  );
}
