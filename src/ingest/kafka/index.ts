/** The `kafka` source, protocol side: a consumer of Debezium topics (consumer.ts), the mapping of Debezium messages to lake's change rows (changes.ts), and the quarantine of messages that are not changes (quarantine.ts). */
export * from './changes.ts';
export * from './consumer.ts';
export * from './quarantine.ts';
