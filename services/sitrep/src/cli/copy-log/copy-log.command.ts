import type { SitrepConfig } from '@sitrep/config';
import { KafkaReportLog } from '@sitrep/kafka';
import { InvalidArgumentError, type Command } from 'commander';
import { copyLog } from './copy-log';

/**
 * `sitrep copy-log <from> <to> --partitions N`: the first step of changing a topic's partition
 * count (see SCALING.md, "Changing the partition count"): the new topic version gets every record
 * in per-key order; ingest and the processors then move to it and a rebuild replays it.
 */
export function registerCopyLogCommand(program: Command, config: SitrepConfig): void {
  program
    .command('copy-log')
    .description('copy a topic of the log into a new topic version with another partition count, per-key order kept (scaled mode: Kafka)')
    .argument('<from>', 'source topic, e.g. sitrep.reports.v1')
    .argument('<to>', 'new topic, e.g. sitrep.reports.v2')
    .requiredOption('--partitions <n>', 'partitions of the new topic', partitions)
    .option('--follow', 'keep copying new records until SIGTERM (for the cut-over window)', false)
    .action(async (from: string, to: string, options: { partitions: number; follow: boolean }) => {
      const say = (message: string) => process.stderr.write(`sitrep copy-log: ${message}\n`);
      if (config.mode !== 'scaled') {
        say('copies Kafka topics: set SITREP_MODE=scaled and KAFKA_BROKERS');
        process.exit(2);
      }
      if (from === to) throw new InvalidArgumentError('the new topic must differ from the source');
      const log = new KafkaReportLog({ brokers: config.kafkaBrokers, clientId: `sitrep-copy-${config.instanceId}`, logger: () => undefined });
      let stop: () => void = () => undefined;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      try {
        const { copied, reached } = await copyLog(log, { from, to, partitions: options.partitions, follow: options.follow, say }, stopped);
        say(`done: ${copied} records copied this run; ${from} copied up to ${JSON.stringify(Object.fromEntries(reached))}`);
      } finally {
        await log.close();
      }
    });
}

function partitions(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('a whole number from 1 to 1000');
  return n;
}
