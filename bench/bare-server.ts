// A bare Fastify route, measured in the same run as /api/me so the ratio shows what Lowboy's stack costs.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ id: 'x', name: 'Bare Route', email: 'bare@example.test', role: 'rep' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
console.log('ready');
