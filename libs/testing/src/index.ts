export * from './environment';
export * from './shared-data';
export * from './process/sitrep-process';
export * from './report-log-contract';
export * from './read-records';
export * from './cluster/index';
export * from './http/json-call';
