const MAX_QUOTED = 80;

/** A foreign value inside a reason, as JSON and cut short so a huge header cannot bloat it. */
export function quote(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_QUOTED ? `${json.slice(0, MAX_QUOTED)}…` : json;
}
