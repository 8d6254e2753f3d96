export * from './webhook.types';
export type { SqlExecutor } from './sql-executor';
export * from './notification-id';
export * from './enqueue-notification';
export * from './webhook-endpoint.store';
export * from './webhook-delivery.store';
export * from './delivery-log.store';
