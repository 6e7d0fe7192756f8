import type { SocketModeReceiver, webApi } from '@slack/bolt';
import { type Dispatcher, EnvHttpProxyAgent, ProxyAgent, fetch as undiciFetch } from 'undici';

export interface ProxySettings {
  url: string;
  noProxy: string[];
}

/**
 * NO_PROXY as curl reads it: `*` for everything, a host name matching itself and its subdomains (a
 * leading dot is the same), an optional `:port`, and IP addresses matched exactly.
 */
export function bypassesProxy(target: string, noProxy: string[]): boolean {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy.some((entry) => {
    if (entry === '*') return true;
    const [name = '', entryPort] = entry
      .toLowerCase()
      .replace(/^\*?\./, '')
      .split(/:(?=\d+$)/);
    if (entryPort && entryPort !== port) return false;
    return host === name || host.endsWith(`.${name}`);
  });
}

/** The proxy for calls to `target` (tunnelled with CONNECT), or undefined when it goes direct. */
export function proxyDispatcher(target: string, proxy: ProxySettings | undefined): Dispatcher | undefined {
  if (!proxy || bypassesProxy(target, proxy.noProxy)) return undefined;
  return new ProxyAgent(proxy.url);
}

/** What Socket Mode's WebSocket (undici) takes to reach Slack: an undici dispatcher. */
export type SocketDispatcher = NonNullable<ConstructorParameters<typeof SocketModeReceiver>[0]['dispatcher']>;

/**
 * The Socket Mode WebSocket is undici's and ignores node agents, so it gets undici's proxy agent with
 * our settings (NO_PROXY is checked per host: the WebSocket host is only known once Slack names it).
 * undici is a peer dependency of `@slack/socket-mode`, so its WebSocket runs on this same copy.
 * Explicit settings, so the process environment is not read a second time.
 */
export function socketDispatcher(proxy: ProxySettings | undefined): SocketDispatcher | undefined {
  if (!proxy) return undefined;
  return new EnvHttpProxyAgent({
    httpProxy: proxy.url,
    httpsProxy: proxy.url,
    noProxy: proxy.noProxy.join(','),
  });
}

type Fetch = NonNullable<webApi.WebClientOptions['fetch']>;

/** The WebClient's `fetch` through `dispatcher` (Node's built-in fetch takes no proxy). */
export function fetchThrough(dispatcher: Dispatcher): Fetch {
  return async (url, init = {}) => {
    // A file upload's FormData is Node's own, which this undici does not take: it goes as its bytes.
    const form =
      init.body instanceof FormData ? new Request(url, { method: 'POST', body: init.body }) : undefined;
    const headers = new Headers(init.headers);
    const formType = form?.headers.get('content-type');
    if (formType) headers.set('content-type', formType);
    const response = await undiciFetch(url, {
      method: init.method ?? 'GET',
      headers: [...headers],
      body: form ? Buffer.from(await form.arrayBuffer()) : (init.body as string | null | undefined),
      signal: init.signal,
      dispatcher,
    });
    return response as unknown as Response;
  };
}
