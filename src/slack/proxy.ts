import { type Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import type { SocketModeReceiver, webApi } from '@slack/bolt';
import { HttpsProxyAgent } from 'https-proxy-agent';

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

/** The agent for calls to `target`, or undefined when it goes direct (no proxy, or NO_PROXY says so). */
export function proxyAgent(target: string, proxy: ProxySettings | undefined): Agent | undefined {
  if (!proxy || bypassesProxy(target, proxy.noProxy)) return undefined;
  return new HttpsProxyAgent(proxy.url);
}

/** What Socket Mode's WebSocket (undici) takes to reach Slack: an undici dispatcher. */
export type SocketDispatcher = NonNullable<ConstructorParameters<typeof SocketModeReceiver>[0]['dispatcher']>;

/**
 * The Socket Mode WebSocket is undici's and ignores node agents, so it gets undici's proxy agent with
 * our settings (NO_PROXY is checked per host: the WebSocket host is only known once Slack names it).
 * It comes from the undici that `@slack/socket-mode` itself depends on: a dispatcher from another copy
 * would not fit its WebSocket. Explicit settings, so the process environment is not read a second time.
 */
export function socketDispatcher(proxy: ProxySettings | undefined): SocketDispatcher | undefined {
  if (!proxy) return undefined;
  const bolt = createRequire(import.meta.url).resolve('@slack/bolt');
  const socketMode = createRequire(bolt).resolve('@slack/socket-mode');
  const undici = createRequire(socketMode)('undici') as {
    EnvHttpProxyAgent: new (options: { httpProxy: string; httpsProxy: string; noProxy: string }) => unknown;
  };
  return new undici.EnvHttpProxyAgent({
    httpProxy: proxy.url,
    httpsProxy: proxy.url,
    noProxy: proxy.noProxy.join(','),
  }) as SocketDispatcher;
}

function collect(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
  });
}

/**
 * The WebClient calls Slack with `fetch`, and Node's built-in fetch takes no agent: this is the small
 * part of fetch the WebClient uses (POST, headers, a text or form body, abort), over node:http(s) with
 * the proxy agent.
 */
export function fetchThrough(agent: Agent): webApi.WebClientOptions['fetch'] {
  return async (url, init = {}) => {
    const target = new URL(url);
    const prepared =
      init.body instanceof FormData ? new Request(target, { method: 'POST', body: init.body }) : undefined;
    const body = prepared ? Buffer.from(await prepared.arrayBuffer()) : init.body;
    const headers: Record<string, string> = { ...init.headers };
    const formType = prepared?.headers.get('content-type');
    if (formType) headers['content-type'] = formType;
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        target,
        { method: init.method ?? 'GET', headers, agent, signal: init.signal },
        (res) => {
          collect(res).then((buffer) => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined)
                responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            const status = res.statusCode ?? 502;
            const content = status === 204 || status === 304 ? null : new Uint8Array(buffer);
            resolve(
              new Response(content, {
                status,
                statusText: res.statusMessage ?? '',
                headers: responseHeaders,
              }),
            );
          }, reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
}
