export * from './query.module';
export { setupQueryApiDocs } from './docs/setup-query-api-docs';
