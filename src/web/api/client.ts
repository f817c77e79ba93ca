// The one way the web app talks to the API: typed calls through openapi-fetch on the generated `paths`
// (schema.gen.ts, from /api/openapi.json), the session cookie, and one error shape.
import createClient, {
  type ClientPathsWithMethod,
  type MaybeOptionalInit,
  type MethodResponse,
} from 'openapi-fetch';
import type { ErrorCode } from '../../shared/error-codes';
import type { paths } from './schema.gen';

/** A field-level problem from a 400 response: `path` names the field (e.g. `body.email` or `email`). */
export type FieldIssue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The field issues of a validation error, with the request part (`body.`) taken off the path. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((d: unknown) => {
      if (!d || typeof d !== 'object') return [];
      const { path, message } = d as Record<string, unknown>;
      if (typeof path !== 'string' || typeof message !== 'string') return [];
      return [{ path: path.replace(/^(body|params|querystring)\./, ''), message }];
    });
  }
}

/** `code` is one the API answers with (src/shared/error-codes.ts): a misspelt or retired code fails typecheck. */
export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** True when the session is missing or over (not a wrong password at sign-in, which has its own code). */
export function isSessionExpired(error: unknown): boolean {
  return isApiError(error, 'unauthorized');
}

/** The raw client: answers are `{ data, error, response }`. Most code wants `api` below, which throws. */
export const http = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});

type Http = typeof http;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathOf<M extends Method> = ClientPathsWithMethod<Http, M>;
// The init argument is optional exactly when the route needs no params or body (as in openapi-fetch).
type InitArgs<I> = undefined extends I
  ? [init?: I & Record<string, unknown>]
  : [init: I & Record<string, unknown>];
type Call<M extends Method> = <P extends PathOf<M>, I extends MaybeOptionalInit<paths[P], M>>(
  path: P,
  ...init: InitArgs<I>
) => Promise<MethodResponse<Http, M, P, I>>;

const networkError = () =>
  new ApiError(0, 'network_error', 'Could not reach Lowboy. Check your connection and try again.');

/** The data of a successful answer; an ApiError for an error answer or when the server cannot be reached. */
async function unwrap<T>(
  pending: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof pending>;
  try {
    result = await pending;
  } catch {
    throw networkError();
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.details);
  }
  return new ApiError(status, 'http_error', `The server answered with an unexpected error (HTTP ${status}).`);
}

type AnyInit = { body?: unknown } & Record<string, unknown>;
const send =
  (method: Uppercase<Method>, emptyBody: boolean) =>
  (path: string, init?: AnyInit): Promise<unknown> => {
    // A POST always carries a JSON body (an empty object when there is nothing to say), as routes expect.
    const withBody = emptyBody && init?.body === undefined ? { ...init, body: {} } : init;
    const request = http[method] as (path: string, init?: AnyInit) => ReturnType<Http['GET']>;
    return unwrap(request(path, withBody));
  };

/** Typed calls that resolve to the answer's data and throw ApiError otherwise. */
export const api = {
  get: send('GET', false) as Call<'get'>,
  post: send('POST', true) as Call<'post'>,
  put: send('PUT', false) as Call<'put'>,
  patch: send('PATCH', false) as Call<'patch'>,
  delete: send('DELETE', false) as Call<'delete'>,
};

/** A multipart form (file uploads) to a POST route: the browser sets the content type with its boundary. */
export function apiUpload<P extends PathOf<'post'>>(
  path: P,
  form: FormData,
): Promise<MethodResponse<Http, 'post', P>> {
  const request = http.POST as unknown as (path: string, init: { body: FormData }) => ReturnType<Http['GET']>;
  return unwrap(request(path, { body: form }));
}

type PathParams<P extends keyof paths> = paths[P] extends { get: { parameters: { path: infer X } } }
  ? X
  : never;

/**
 * The URL of a route for what needs a plain string (a download link, an EventSource): the path is checked
 * against the generated `paths`, path params are filled in and the query appended.
 */
export function apiUrl<P extends keyof paths>(
  path: P,
  params: { path?: PathParams<P>; query?: string | URLSearchParams } = {},
): string {
  let url: string = path;
  for (const [name, value] of Object.entries((params.path ?? {}) as Record<string, string>)) {
    url = url.replace(`{${name}}`, encodeURIComponent(value));
  }
  const query = params.query?.toString() ?? '';
  return query ? `${url}?${query}` : url;
}

/** What a route answers with on success, from the generated contract: `ApiData<'get', '/api/contacts/{id}'>`. */
export type ApiData<M extends Method, P extends PathOf<M>> = MethodResponse<Http, M, P>;

/** A route's JSON request body, from the generated contract. */
export type ApiBody<M extends Method, P extends PathOf<M>> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
