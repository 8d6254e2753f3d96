export * from './alert-engine.module';
export * from './alert-engine-settings';
export { AlertEngine } from './engine/alert-engine';
