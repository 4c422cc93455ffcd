/** A problem with how supportops was called or configured (a flag, an input, a folder): exit code 2, one clear line. */
export class UsageError extends Error {}
