/** The Kafka sink of `postgres` sources: committed changes out to Kafka in Debezium's envelope (see sink.ts for the contract). */
export { KafkaSink, type KafkaSinkOptions, type KafkaSinkTable, type ProducedReport } from './sink.ts';
