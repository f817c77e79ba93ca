// The floor under `POST /api/contacts/:id/claim`: a bare Fastify route running only the conditional UPDATE
// (`update contacts set owner_id = ? where id = ? and owner_id is null`) on the same database, no session,
// no limits, no timeline. Measured in the same run as the real claim so the ratio shows what the rest costs.
// DATABASE_URL (sqlite:FILE or postgres://…) and PORT from the environment; prints "ready" when listening.
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL!;
const ownerId = process.env.OWNER_ID!;
let claim: (id: string) => Promise<number>;
if (url.startsWith('postgres')) {
  const pool = new pg.Pool({ connectionString: url, max: 10 }); // as the app's pool
  claim = async (id) =>
    (await pool.query('update contacts set owner_id = $1 where id = $2 and owner_id is null', [ownerId, id]))
      .rowCount ?? 0;
} else {
  const db = new SQLite(url.replace(/^sqlite:(\/\/)?/, ''));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const stmt = db.prepare('update contacts set owner_id = ? where id = ? and owner_id is null');
  claim = async (id) => stmt.run(ownerId, id).changes;
}

const app = Fastify({ logger: false });
app.post<{ Params: { id: string } }>('/bare-claim/:id', async (req, reply) => {
  const changed = await claim(req.params.id);
  return changed === 1 ? { claimed: true } : reply.code(409).send({ claimed: false });
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
console.log('ready');
