import { currentRequestId } from './plugins/request-scope';

type GuardLog = { error: (obj: object, msg: string) => void; fatal: (obj: object, msg: string) => void };
export type ProcessGuard = { onError: (err: unknown, origin: string) => void; uninstall: () => void };

/**
 * The policy for errors nothing caught (`uncaughtException`, `unhandledRejection`):
 * - one raised while serving a request (its async scope, see plugins/request-scope.ts) is that request's failure:
 *   logged with the request id, and the server keeps serving everyone else. A request's state lives in its own
 *   objects and its transaction (rolled back), so the process is still sound;
 * - one raised outside any request (start-up, a job runner's or the event bus's own code, a timer) means the
 *   process itself may be broken: logged as fatal, the server closed (in-flight requests finish, jobs stop,
 *   the database closes), then exit code 1 for the supervisor to restart it. A close that hangs is cut at 10 s.
 */
export function installProcessGuard(opts: {
  log: GuardLog;
  close: () => Promise<void>;
  exit?: (code: number) => void;
  closeTimeoutMs?: number;
}): ProcessGuard {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let exiting = false;
  const onError = (err: unknown, origin: string) => {
    const requestId = currentRequestId();
    if (requestId !== undefined) {
      opts.log.error({ err, origin, reqId: requestId }, 'uncaught error in a request; still serving');
      return;
    }
    opts.log.fatal({ err, origin }, 'uncaught error outside any request; closing and exiting');
    if (exiting) return;
    exiting = true;
    const timeout = new Promise<void>((resolve) =>
      setTimeout(resolve, opts.closeTimeoutMs ?? 10_000).unref(),
    );
    void Promise.race([opts.close().catch(() => undefined), timeout]).finally(() => exit(1));
  };
  const onException = (err: Error, origin: string) => onError(err, origin);
  const onRejection = (reason: unknown) => onError(reason, 'unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return {
    onError,
    uninstall: () => {
      process.off('uncaughtException', onException);
      process.off('unhandledRejection', onRejection);
    },
  };
}
