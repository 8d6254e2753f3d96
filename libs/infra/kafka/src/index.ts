export { KafkaReportLog } from './kafka-report-log';
export type { KafkaConsumerTuning, KafkaLogger, KafkaLogLevel, KafkaReportLogConfig } from './kafka-report-log-config';
export { classifyKafkaError, toLogError, type KafkaFailure } from './classify-kafka-error';
