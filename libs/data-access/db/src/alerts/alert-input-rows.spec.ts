import { describe, expect, it } from '@jest/globals';
import type { Incident, IncidentChange } from '@sitrep/domain-incidents';
import { alertInputRows } from './alert-input-rows';

const incident = (id: string, version: number, offset: string, receivedAt: string) =>
  ({ incidentId: id, version, position: { partition: 2, offset }, lastUpdatedAt: receivedAt }) as Incident;
const step = (id: string, version: number, offset: string, receivedAt: string): IncidentChange => ({ before: null, after: incident(id, version, offset, receivedAt) });

describe('alertInputRows', () => {
  it('places each change at the record that made it, numbering the changes of one record', () => {
    const steps = [step('a', 1, '7', '2022-01-20T18:00:00.000Z'), step('a', 2, '9', '2022-01-21T18:00:00.000Z'), step('b', 2, '9', '2022-01-21T18:00:00.000Z')];
    expect(alertInputRows('reports', 2, steps, 0n).map((r) => [r.source_offset, r.seq, r.incident_id, r.incident_version, r.received_at])).toEqual([
      ['7', 0, 'a', 1, '2022-01-20T18:00:00.000Z'],
      ['9', 0, 'a', 2, '2022-01-21T18:00:00.000Z'],
      ['9', 1, 'b', 2, '2022-01-21T18:00:00.000Z'],
    ]);
  });

  it('hands over the incident after the change only: rules never read what it was before', () => {
    const grown: IncidentChange = { before: incident('a', 1, '7', '2022-01-20T18:00:00.000Z'), after: incident('a', 2, '9', '2022-01-21T18:00:00.000Z') };
    expect(alertInputRows('reports', 2, [grown], 0n).map((r) => r.change)).toEqual([{ after: grown.after }]);
  });

  it('leaves out the records below the floor', () => {
    const steps = [step('a', 1, '7', '2022-01-20T18:00:00.000Z'), step('b', 1, '8', '2022-01-20T19:00:00.000Z')];
    expect(alertInputRows('reports', 2, steps, 8n).map((r) => r.source_offset)).toEqual(['8']);
  });
});
