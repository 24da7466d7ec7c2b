/** Kafka's wire side, shared by the sink (src/sinks/kafka) and the `kafka` source (src/ingest/kafka): connections from the environment, error translation, exact JSON and Debezium's envelope. */
export * from './connection.ts';
export * from './debezium.ts';
export * from './json.ts';
