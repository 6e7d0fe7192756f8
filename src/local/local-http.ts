import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isTransientStorageError } from '../core/errors.js';
import { type MessageKey, t } from '../core/i18n/translate.js';
import type { Person } from '../core/records.js';
import { valueWithin } from '../core/settled-within.js';
import type { Locale } from '../core/vocabulary.js';
import type { PluginContext } from '../platform-plugin.js';
import { personKeySchema } from './local-schemas.js';

/** How long a refusal waits for the person's language before it answers in the default one. */
const LOCALE_BUDGET_MS = 200;

/** A request the API turns down, with a stable code and a text in the person's language. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly key: MessageKey,
  ) {
    super(code);
    this.name = 'Refusal';
  }
}

export const badRequest = () => new Refusal(400, 'bad_request', 'local.error.badRequest');

export function createHttpHelpers({
  core,
  settings,
  logger,
}: Pick<PluginContext, 'core' | 'settings' | 'logger'>) {
  /** The person named in the request, if it is a known local person (for the language of errors). */
  async function knownPerson(req: Request): Promise<Person | undefined> {
    const body: unknown = req.body;
    const raw =
      (body && typeof body === 'object' ? (body as Record<string, unknown>).as : undefined) ?? req.query.as;
    const parsed = personKeySchema.safeParse(raw);
    return parsed.success ? core.people.get(parsed.data) : undefined;
  }

  /** The person's language, looked up briefly: a busy database answers in the default one. */
  async function localeOf(req: Request): Promise<Locale> {
    const fallback = settings.defaultLocale;
    const lookUp = async () => {
      const person = await knownPerson(req);
      return person ? core.people.localeOf(person.key) : fallback;
    };
    return valueWithin(lookUp, LOCALE_BUDGET_MS, fallback);
  }

  async function refuse(req: Request, res: Response, refusal: Refusal): Promise<void> {
    const message = t(await localeOf(req), refusal.key);
    if (refusal.status === 503) res.setHeader('Retry-After', '2');
    res.status(refusal.status).json({ ok: false, error: refusal.code, message });
  }

  /**
   * Runs a handler: a `Refusal` becomes its 4xx answer, a busy or failing database a 503 with
   * "try again", anything else goes on to the server's error handler (a bug, logged there).
   */
  function handle(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
    return async (req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        await fn(req, res);
      } catch (error) {
        try {
          if (error instanceof Refusal) await refuse(req, res, error);
          else if (isTransientStorageError(error)) {
            logger.warn('local api: storage busy', { path: req.path, error: String(error) });
            await refuse(req, res, new Refusal(503, 'try_again', 'error.tryAgain'));
          } else next(error);
        } catch (failure) {
          next(failure);
        }
      }
    };
  }

  /** Body-parser failures (malformed JSON, too large, wrong charset) are the client's, never a 500. */
  async function bodyErrors(error: unknown, req: Request, res: Response, next: NextFunction): Promise<void> {
    const status = (error as { status?: number } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.setHeader('Cache-Control', 'no-store');
      await refuse(req, res, badRequest());
      return;
    }
    next(error);
  }

  /** Looks up the person the request acts as; an unknown one is refused. */
  async function personOf(key: string): Promise<Person> {
    const person = await core.people.get(key);
    if (person?.platform !== 'local') {
      throw new Refusal(404, 'unknown_person', 'local.error.unknownPerson');
    }
    return person;
  }

  return { handle, bodyErrors, personOf, localeOf };
}

/** Parses with a zod schema, refusing with 400 when the input does not fit. */
export function parse<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest();
  return result.data;
}
