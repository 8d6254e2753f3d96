export * from './stream-processor.module';
export * from './processor-settings';
export type { RebuildStatus } from './rebuild/rebuild.service';
