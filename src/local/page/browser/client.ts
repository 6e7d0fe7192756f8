import { el, richText } from './dom.js';
import { tr } from './texts.js';

// Browser code: the JSON API under /local/api and the toasts that report on it.

export interface ApiResult<T> {
  /** 0 when the server could not be reached. */
  status: number;
  data: T;
}
interface Refused {
  error?: string;
  message?: string;
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

export function toast(text: string, isError = false): void {
  const region = document.getElementById(isError ? 'alert' : 'status');
  if (!region) return;
  region.textContent = '';
  region.appendChild(el('div', { className: `toast${isError ? ' error' : ''}` }, richText(text)));
  clearTimeout(timers.get(region));
  timers.set(
    region,
    setTimeout(
      () => {
        region.textContent = '';
      },
      isError ? 9000 : 6000,
    ),
  );
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/local/api${path}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    toast(tr('local.error.offline'), true);
    return { status: 0, data: {} as T };
  }
  const data = (await response.json().catch(() => ({}))) as T;
  return { status: response.status, data };
}

/**
 * Shows the server's message for a refused request; true when the request failed. An unknown
 * person (the database was reset) sends the page back to the picker.
 */
export function refused(result: ApiResult<unknown>, onUnknownPerson: () => void): boolean {
  if (result.status >= 200 && result.status < 300) return false;
  const data = (result.data ?? {}) as Refused;
  if (result.status !== 0) toast(data.message || tr('error.tryAgain'), true);
  if (data.error === 'unknown_person') onUnknownPerson();
  return true;
}
