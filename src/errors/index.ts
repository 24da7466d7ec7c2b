/**
 * The error contract every layer shares: the one error type with its retry verdict and remedy
 * (lake-error.ts), the retry module that acts on the verdict (retry.ts), and secret redaction, which every
 * message passes through (redact.ts).
 */
export * from './lake-error.ts';
export * from './retry.ts';
export * from './redact.ts';
