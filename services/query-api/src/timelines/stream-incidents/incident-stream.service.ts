import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { TimelineStore, type TimelineFilter, type TimelinePosition } from '@sitrep/db';
import type { Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeCursor } from '../timeline-cursor';
import { toIncidentSummary } from '../timeline-filter/incident-summary';
import { ChangeTracker } from './change-tracker';
import { sseComment, sseEvent, sseRetry } from './sse-format';
import { STREAM_OPTIONS, type StreamOptions } from './stream-options';

const RECONNECT_MS = 2_000;

interface Connection {
  res: Response;
  stop: AbortController;
  done: Promise<void>;
}

/**
 * Live streams of changed incidents: each connection polls the live read model on its own, with
 * its own filter. Shutdown ends every stream first, so the HTTP server can close.
 */
@Injectable()
export class IncidentStreamService implements OnModuleDestroy {
  private readonly logger = new Logger('IncidentStream');
  private readonly connections = new Set<Connection>();

  constructor(
    private readonly timelines: TimelineStore,
    @Inject(STREAM_OPTIONS) private readonly options: StreamOptions,
  ) {}

  /** Starts streaming to `res` from after `resumeAfter`, or from now. */
  async open(res: Response, filter: TimelineFilter, resumeAfter: TimelinePosition | null): Promise<void> {
    const start = resumeAfter ?? (await this.timelines.latestUpdate());
    const tracker = new ChangeTracker(start, this.options.lookbackMs);
    tracker.remember(await this.readAll(filter, tracker.readFrom()));
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    res.write(sseRetry(RECONNECT_MS) + sseComment('connected'));
    const stop = new AbortController();
    const connection: Connection = { res, stop, done: Promise.resolve() };
    res.on('close', () => stop.abort());
    connection.done = this.run(res, filter, tracker, stop.signal).finally(() => this.connections.delete(connection));
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

  private async run(res: Response, filter: TimelineFilter, tracker: ChangeTracker, signal: AbortSignal): Promise<void> {
    const heartbeat = setInterval(() => send(res, sseComment('heartbeat')), this.options.heartbeatMs);
    try {
      while (!signal.aborted) {
        await this.poll(res, filter, tracker, signal);
        await sleep(this.options.pollMs, undefined, { signal }).catch(() => undefined);
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async poll(res: Response, filter: TimelineFilter, tracker: ChangeTracker, signal: AbortSignal): Promise<void> {
    try {
      const rows = await this.readAll(filter, tracker.readFrom());
      if (signal.aborted) return;
      for (const { row, eventId } of tracker.fresh(rows)) {
        send(res, sseEvent('incident', encodeCursor('updated_asc', eventId), toIncidentSummary(row)));
      }
    } catch (error) {
      // A failed poll (database restarting, schema switching) is retried at the next tick.
      this.logger.warn(`poll failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Every change after `after`, oldest first, read page by page. */
  private async readAll(filter: TimelineFilter, after: TimelinePosition | null) {
    const rows = [];
    let page = await this.timelines.page({ filter, order: 'updated_asc', after, limit: this.options.batchSize });
    rows.push(...page.rows);
    while (page.next !== null) {
      page = await this.timelines.page({ filter, order: 'updated_asc', after: page.next, limit: this.options.batchSize });
      rows.push(...page.rows);
    }
    return rows;
  }
}

/** Writes unless the stream has ended (a write after the end would raise an unhandled error). */
function send(res: Response, text: string): void {
  if (!res.writableEnded && !res.destroyed) res.write(text);
}
