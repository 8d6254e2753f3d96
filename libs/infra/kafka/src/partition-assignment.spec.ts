import { describe, expect, it } from '@jest/globals';
import { PartitionAssignment } from './partition-assignment';

function recorder() {
  const events: string[] = [];
  const seeks: Array<[number, string]> = [];
  return {
    events,
    seeks,
    deps: {
      onAssigned: (p: number[]) => events.push(`assigned ${p.join(',')}`),
      onRevoked: (p: number[]) => events.push(`revoked ${p.join(',')}`),
      seek: (partition: number, offset: string) => seeks.push([partition, offset]),
    },
  };
}

describe('PartitionAssignment', () => {
  it('seeks to the stored positions before any batch gets its floor', async () => {
    const r = recorder();
    let release: (m: Map<number, string>) => void = () => undefined;
    const stored = new Promise<Map<number, string>>((resolve) => (release = resolve));
    const assignment = new PartitionAssignment({ ...r.deps, storedPositions: () => stored });
    assignment.assigned([2, 0]);
    const floor = assignment.floor(0);
    expect(r.seeks).toEqual([]);
    release(new Map([[0, '5'], [2, '9'], [7, '1']]));
    await expect(floor).resolves.toBe(5n);
    expect(r.seeks).toEqual([[0, '5'], [2, '9']]);
    await expect(assignment.floor(1)).resolves.toBeUndefined();
  });

  it('revokes the old partitions before assigning new ones, and only once', () => {
    const r = recorder();
    const assignment = new PartitionAssignment(r.deps);
    assignment.assigned([1, 0]);
    assignment.assigned([2]);
    assignment.revoke();
    assignment.revoke();
    expect(r.events).toEqual(['assigned 0,1', 'revoked 0,1', 'assigned 2', 'revoked 2']);
  });

  it('reads the positions again after a failure', async () => {
    const r = recorder();
    let calls = 0;
    const assignment = new PartitionAssignment({
      ...r.deps,
      storedPositions: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database restarting');
        return new Map([[0, '3']]);
      },
    });
    assignment.assigned([0]);
    await expect(assignment.floor(0)).rejects.toThrow('database restarting');
    await expect(assignment.floor(0)).resolves.toBe(3n);
    expect(calls).toBe(2);
  });

  it('ignores positions that arrive after a newer assignment', async () => {
    const r = recorder();
    const pending: Array<(m: Map<number, string>) => void> = [];
    const assignment = new PartitionAssignment({
      ...r.deps,
      storedPositions: () => new Promise((resolve) => pending.push(resolve)),
    });
    assignment.assigned([0]);
    assignment.assigned([0]);
    pending[1](new Map([[0, '8']]));
    pending[0](new Map([[0, '2']]));
    await expect(assignment.floor(0)).resolves.toBe(8n);
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.seeks).toEqual([[0, '8']]);
  });
});
