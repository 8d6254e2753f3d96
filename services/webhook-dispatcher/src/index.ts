export * from './webhook-dispatcher.module';
export * from './webhook-settings';
