import { eventColour } from './event-types';

/**
 * A name that may be Arabic, Kurdish or English: <bdi> isolates it so a right-to-left name
 * neither reorders the punctuation around it nor flips the list it sits in.
 */
export function Name({ text, class: className }: { text: string; class?: string }) {
  return (
    <bdi class={className} dir="auto">
      {text}
    </bdi>
  );
}

/** Names separated by commas, each isolated on its own. */
export function NameList({ names }: { names: string[] }) {
  return (
    <>
      {names.map((name, index) => (
        <span key={`${index}:${name}`}>
          {index > 0 && ', '}
          <Name text={name} />
        </span>
      ))}
    </>
  );
}

export function EventSwatch({ eventType }: { eventType: string }) {
  return <span class="swatch" aria-hidden="true" style={{ background: eventColour(eventType) }} />;
}

/** An Admiralty grade with its meaning on hover: reliability A–F of the source, credibility 1–6 of the information. */
export function GradeBadge({ grade, label }: { grade?: string; label?: string }) {
  if (grade === undefined) return null;
  return (
    <abbr class={`grade grade-${grade[0]}`} title={label ?? `Admiralty grade ${grade}: source reliability ${grade[0]}, information credibility ${grade.slice(1)}`}>
      {grade}
    </abbr>
  );
}
