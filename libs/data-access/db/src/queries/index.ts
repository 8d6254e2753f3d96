export * from './live-schema';
export * from './timeline/timeline.types';
export * from './timeline/timeline.store';
export * from './incidents/incident-detail.store';
export * from './actors/actor-activity.types';
export * from './actors/actor-activity.store';
export * from './places/admin1-counts.store';
