import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { exampleSubmission, parseReportRecorded, TOPICS, type LogPosition } from '@sitrep/contracts';
import { describeWithPostgres, kafkaBrokers, readRecordsAt, testDatabaseUrl } from '@sitrep/testing';
import { startIngestHarness, type IngestHarness } from '../testing/ingest.harness';

const post = (h: IngestHarness, path: string, body: unknown) =>
  fetch(`${h.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const json = async (response: Response) => (await response.json()) as { actor: { id: string; name: string; aliases: string[] }; added?: boolean; issues?: { path: string }[] };
const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let serial = 0;
/** The actor id ingest resolved for a participant named `name` in a report sent to `h`. */
async function resolvedActorId(h: IngestHarness, name: string): Promise<string | undefined> {
  serial += 1;
  const sent = { ...exampleSubmission(), nativeId: `actors-it-${Date.now()}-${serial}` };
  sent.assertion!.participants = [{ role: 'actor1', nameAsReported: name }];
  const { position } = (await (await post(h, '/v1/reports', sent)).json()) as { position: LogPosition };
  const [record] = await readRecordsAt(h.log, TOPICS.reports, [position]);
  const parsed = parseReportRecorded(record.value, record.headers);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.assertion?.participants[0].actorId;
}

describeWithPostgres('POST /v1/actors and /v1/actors/:id/aliases (real PostgreSQL, embedded log)', () => {
  let a: IngestHarness;
  let b: IngestHarness;
  beforeAll(async () => {
    a = await startIngestHarness({ log: 'embedded', brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl() });
    // A second process on the same database, refreshing quickly.
    b = await startIngestHarness({ log: 'embedded', brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl(), db: a.db, actorRefreshMs: 100 });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('creates an actor whose name and aliases ingest resolves at once, Arabic included', async () => {
    const name = unique('Liwa al-Example');
    const response = await post(a, '/v1/actors', { name, aliases: ['لواء المثال', ` ${name.toUpperCase()} `], kind: 'non_state', parentId: 'ucdp:6288' });
    expect(response.status).toBe(201);
    const { actor } = await json(response);
    expect(actor).toMatchObject({ id: expect.stringMatching(/^sitrep:[0-9a-f-]{36}$/), name, aliases: ['لواء المثال'], kind: 'non_state', parentId: 'ucdp:6288' });
    expect(await resolvedActorId(a, 'لواء المثال')).toBe(actor.id);
    expect(await resolvedActorId(a, name.toLowerCase())).toBe(actor.id);
  });

  it('adds an alias to a reference actor (201), takes it again as a no-op (200), and resolves it', async () => {
    const alias = unique('Tanzim al-Dawla');
    const first = await post(a, `/v1/actors/${encodeURIComponent('ucdp:234')}/aliases`, { alias });
    expect(first.status).toBe(201);
    expect((await json(first)).actor.aliases).toContain(alias);
    const again = await post(a, '/v1/actors/ucdp:234/aliases', { alias: alias.toLowerCase() });
    expect(again.status).toBe(200);
    expect((await json(again)).added).toBe(false);
    expect(await resolvedActorId(a, alias)).toBe('ucdp:234');
  });

  it('answers 409 with the field path when a name already means another actor, and changes nothing', async () => {
    const taken = await post(a, '/v1/actors', { name: unique('New Front'), aliases: ['Jabhat X', 'Daesh'] });
    expect(taken.status).toBe(409);
    expect((await json(taken)).issues).toEqual([{ path: 'aliases[1]', reason: expect.stringContaining('ucdp:234') }]);
    const moved = await post(a, '/v1/actors/ucdp:6288/aliases', { alias: 'ISIS' });
    expect(moved.status).toBe(409);
    expect((await json(moved)).issues?.map((i) => i.path)).toEqual(['alias']);
    expect(await resolvedActorId(a, 'ISIS')).toBe('ucdp:234');
  });

  it('answers 400 with every field path for invalid bodies, 404 for an unknown actor', async () => {
    const invalid = await post(a, '/v1/actors', { name: '', aliases: [1, 'x'.repeat(501)], kind: 'militia', parentId: 7, colour: 'red' });
    expect(invalid.status).toBe(400);
    const paths = (await json(invalid)).issues?.map((i) => i.path);
    expect(new Set(paths)).toEqual(new Set(['name', 'aliases', 'kind', 'parentId', 'colour']));
    const cases: Array<[string, unknown, string[]]> = [
      ['/v1/actors', '{"name":"Polluter","__proto__":{"admin":true}}', ['__proto__']],
      ['/v1/actors', [{ name: 'In an array' }], ['(root)']],
      ['/v1/actors', { name: ' -- ' }, ['name']],
      ['/v1/actors', { name: 'Nul\u0000Front' }, ['name']],
      ['/v1/actors', { name: unique('Orphan Brigade'), parentId: 'sitrep:no-such-actor' }, ['parentId']],
      ['/v1/actors/ucdp:234/aliases', { alias: '\ud800' }, ['alias']],
      ['/v1/actors/ucdp:234/aliases', { alias: '...' }, ['alias']],
    ];
    for (const [path, body, expected] of cases) {
      const response = await post(a, path, body);
      expect([path, response.status]).toEqual([path, 400]);
      expect((await json(response)).issues?.map((i) => i.path)).toEqual(expected);
    }
    expect((await post(a, '/v1/actors/sitrep:nobody/aliases', { alias: 'Somebody' })).status).toBe(404);
  });

  it('lets another process pick a change up within its refresh interval', async () => {
    const name = unique('Katibat al-Refresh');
    const { actor } = await json(await post(a, '/v1/actors', { name }));
    const deadline = Date.now() + 5_000;
    let seen: string | undefined;
    while (seen !== actor.id && Date.now() < deadline) seen = await resolvedActorId(b, name);
    expect(seen).toBe(actor.id);
  });

  it('gives a name to one actor only when two processes race to add it to different actors', async () => {
    const alias = unique('Contested Name');
    const responses = await Promise.all([
      post(a, '/v1/actors/ucdp:234/aliases', { alias }),
      post(b, '/v1/actors/ucdp:6288/aliases', { alias }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = responses[0].status === 201 ? 'ucdp:234' : 'ucdp:6288';
    await new Promise((r) => setTimeout(r, 300));
    expect(await resolvedActorId(a, alias)).toBe(winner);
    expect(await resolvedActorId(b, alias)).toBe(winner);
  });

  it('keeps analysts’ changes across restarts (a new process loads them at start)', async () => {
    const name = unique('Persistent Brigade');
    const { actor } = await json(await post(a, '/v1/actors', { name }));
    const c = await startIngestHarness({ log: 'embedded', brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl(), db: a.db });
    try {
      expect(await resolvedActorId(c, name)).toBe(actor.id);
    } finally {
      await c.close();
    }
  });
});
