import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AlertQueryStore, type StoredAlertEvent } from '@sitrep/db';
import type { Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../../alert-engine-settings';
import { alertLink } from '../../engine/alert-notification';
import { sseComment, sseEvent, sseRetry } from './sse-format';

const RECONNECT_MS = 2_000;
const PAGE = 500;

interface Connection {
  res: Response;
  stop: AbortController;
  done: Promise<void>;
}

/**
 * Live alert events over Server-Sent Events: each connection polls `alert_event` after the last id
 * it sent. Ids follow commit order (one engine writes at a time, one batch after another), so
 * resuming from Last-Event-ID misses nothing and repeats nothing.
 */
@Injectable()
export class AlertStreamService implements OnModuleDestroy {
  private readonly logger = new Logger('AlertStream');
  private readonly connections = new Set<Connection>();

  constructor(
    private readonly alerts: AlertQueryStore,
    @Inject(ALERT_ENGINE_SETTINGS) private readonly settings: AlertEngineSettings,
  ) {}

  /** Streams to `res` the events after `after`, or from now when null. */
  async open(res: Response, after: string | null): Promise<void> {
    const start = after ?? (await this.alerts.latestEventId());
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    res.write(sseRetry(RECONNECT_MS) + sseComment('connected'));
    const stop = new AbortController();
    const connection: Connection = { res, stop, done: Promise.resolve() };
    res.on('close', () => stop.abort());
    connection.done = this.run(res, start, stop.signal).finally(() => this.connections.delete(connection));
    this.connections.add(connection);
  }

  async onModuleDestroy(): Promise<void> {
    const open = [...this.connections];
    for (const { res, stop } of open) {
      stop.abort();
      res.end();
    }
    await Promise.allSettled(open.map((connection) => connection.done));
  }

  private async run(res: Response, start: string, signal: AbortSignal): Promise<void> {
    const heartbeat = setInterval(() => send(res, sseComment('heartbeat')), this.settings.streamHeartbeatMs);
    let last = start;
    try {
      while (!signal.aborted) {
        last = await this.poll(res, last, signal);
        await sleep(this.settings.streamPollMs, undefined, { signal }).catch(() => undefined);
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async poll(res: Response, after: string, signal: AbortSignal): Promise<string> {
    let last = after;
    try {
      for (;;) {
        const events = await this.alerts.eventsAfter(last, PAGE);
        if (signal.aborted) return last;
        for (const event of events) send(res, sseEvent('alert', event.id, streamed(event)));
        if (events.length > 0) last = events[events.length - 1].id;
        if (events.length < PAGE) return last;
      }
    } catch (error) {
      this.logger.warn(`poll failed: ${error instanceof Error ? error.message : String(error)}`);
      return last;
    }
  }
}

function streamed(event: StoredAlertEvent) {
  return { ...event, link: alertLink(event.event.fingerprint) };
}

function send(res: Response, text: string): void {
  if (!res.writableEnded && !res.destroyed) res.write(text);
}
