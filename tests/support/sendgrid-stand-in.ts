import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback stand-in for SendGrid's v3 Mail Send: records every request, answers as told (202, 429, 500, or
// never), and like an idempotent provider accepts each idempotency key once (repeats get 202, not a 2nd email).

export type StandInMode = 202 | 429 | 500 | 'hang';
export type MailRequest = {
  key: string | null;
  authorization: string | undefined;
  body: {
    from: { email: string; name?: string };
    reply_to?: { email: string };
    personalizations: { to: { email: string }[] }[];
    subject: string;
    content: { type: string; value: string }[];
    headers?: Record<string, string>;
    custom_args?: Record<string, string>;
  };
};

export type SendgridStandIn = {
  baseUrl: string;
  /** Every request that reached it, in order (repeats included). */
  requests: MailRequest[];
  /** Emails it accepted: one per idempotency key. */
  delivered: Map<string, MailRequest>;
  setMode: (mode: StandInMode) => void;
  close: () => Promise<void>;
};

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      s += c;
    });
    req.on('end', () => resolve(s));
    req.on('error', reject);
  });

export async function startSendgridStandIn(): Promise<SendgridStandIn> {
  let mode: StandInMode = 202;
  const requests: MailRequest[] = [];
  const delivered = new Map<string, MailRequest>();
  const hanging = new Set<() => void>();
  let n = 0;
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v3/mail/send') {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(await read(req)) as MailRequest['body'];
    const key = body.headers?.['X-Lowboy-Idempotency-Key'] ?? body.custom_args?.lowboy_key ?? null;
    const r: MailRequest = { key, authorization: req.headers.authorization, body };
    requests.push(r);
    if (mode === 'hang') {
      hanging.add(() => res.destroy());
      return;
    }
    if (mode !== 202) {
      res.writeHead(mode, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ errors: [{ message: mode === 429 ? 'too many requests' : 'internal error' }] }),
      );
      return;
    }
    if (key && !delivered.has(key)) delivered.set(key, r);
    res.writeHead(202, { 'x-message-id': `sgid${++n}` }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    setMode: (m) => {
      mode = m;
    },
    close: async () => {
      for (const h of hanging) h();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
