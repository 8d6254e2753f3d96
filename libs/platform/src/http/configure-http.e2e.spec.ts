import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { LogUnavailableError } from '@sitrep/contracts';
import type { AddressInfo } from 'node:net';
import { configureHttp, MAX_BODY } from './configure-http';
import { LOG_RETRY_AFTER_SECONDS } from './log-unavailable.filter';

@Controller('fixture')
class FixtureController {
  @Get('log-down')
  logDown(): never {
    throw new LogUnavailableError('Kafka is unavailable (read end offsets of sitrep.reports.v1): Connection error: connect ECONNREFUSED 10.1.2.3:9092');
  }

  @Get('bug')
  bug(): never {
    throw new Error('an invariant broke');
  }
}

@Module({ controllers: [FixtureController] })
class FixtureModule {}

// The HTTP settings every Sitrep process shares, on a real Express server.
describe('configureHttp', () => {
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(FixtureModule, { bodyParser: false, logger: false });
    configureHttp(app);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app?.close());

  it('answers 503 with Retry-After when the log of record is unavailable, and keeps the broker’s address to itself', async () => {
    const response = await fetch(`${base}/fixture/log-down`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(LOG_RETRY_AFTER_SECONDS));
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'The log of record is unavailable; retry later.' });
    expect(body).not.toContain('10.1.2.3');
  });

  it('leaves any other error a 500 that says nothing of its internals', async () => {
    const response = await fetch(`${base}/fixture/bug`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('invariant');
  });

  it('refuses a body over the shared limit with 413', async () => {
    const tooBig = 'x'.repeat(Number.parseInt(MAX_BODY, 10) * 1024 * 1024 + 1);
    const response = await fetch(`${base}/fixture/log-down`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tooBig }) });
    expect(response.status).toBe(413);
  });
});
