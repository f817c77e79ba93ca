import type pg from 'pg';

// PostgreSQL parses and plans every statement it is sent; for the fast paths' statements (a claim is one
// statement of a dozen subqueries, a trigger or two) that was a good part of the server's work per request. Their
// texts are fixed (built once: db/compiled.ts, db/lead-write.ts), so each connection prepares them once, by name,
// and then only binds and runs them; PostgreSQL keeps a generic plan once it is no worse than a custom one.

const names = new Map<string, string>();

/** Registers a fixed statement text to be prepared on every connection that runs it (PostgreSQL). */
export function prepareOnce(text: string): void {
  if (!names.has(text)) names.set(text, `lowboy_${names.size + 1}`);
}

/** Makes the pool's connections send registered texts as named (prepared) statements. */
export function prepareNamedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      const name = typeof config === 'string' ? names.get(config) : undefined;
      if (name === undefined) return query(config, values, callback);
      return typeof callback === 'function'
        ? query({ name, text: config, values }, callback)
        : query({ name, text: config, values });
    }) as typeof client.query;
  });
}
