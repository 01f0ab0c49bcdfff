/* Messages the command-line tools print: one line each, never a password. */

/** host:port/name, without the credentials. */
export function describeDatabase(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/** The most specific message in an error chain: drizzle wraps the driver's error in `cause`. */
export function describeError(error: unknown): string {
  let current: unknown = error;
  let message = 'unknown error';
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof AggregateError && current.errors.length > 0 && !current.message) {
      current = current.errors[0];
      continue;
    }
    if (current instanceof Error) {
      const code = (current as Error & { code?: unknown }).code;
      if (current.message) message = typeof code === 'string' && !current.message.includes(code) ? `${current.message} (${code})` : current.message;
      current = current.cause;
    } else {
      message = String(current);
      break;
    }
  }
  return message.replace(/\s*\n\s*/g, ' ');
}
