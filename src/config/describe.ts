import { describeDatabase } from './database-url.js';
import type { AppConfig } from './types.js';

/** Start-up banner: one line per platform, plus the database in use and where the config came from. */
export function describePlatforms(config: AppConfig): string {
  const { env, platforms, settings } = config;
  const lines: string[] = [];
  if (platforms.slack === 'http') lines.push('Slack: HTTP mode at /slack/events');
  else if (platforms.slack === 'socket') lines.push('Slack: Socket Mode (no public URL needed)');
  else lines.push('Slack: off');
  if (env.slack.apiUrl && platforms.slack !== 'off') lines.push(`Slack API: ${env.slack.apiUrl}`);

  if (platforms.teams === 'off') lines.push('Teams: off');
  else if (env.teams.clientId) lines.push('Teams: on at /api/messages');
  else
    lines.push('Teams: on at /api/messages WITHOUT authentication (TEAMS_ALLOW_UNAUTHENTICATED; tests only)');
  if (platforms.teams === 'on' && env.teams.clientId && env.teams.allowUnauthenticated) {
    lines.push('Teams: WARNING TEAMS_ALLOW_UNAUTHENTICATED is set; unsigned requests are accepted');
  }

  lines.push(platforms.local ? `Local mode: ${settings.publicUrl}/` : 'Local mode: off');
  lines.push(
    env.host
      ? `Listening on ${env.host}:${env.port}${env.host === '127.0.0.1' ? ' only (this machine; set HOST to change)' : ''}`
      : `Listening on every interface, port ${env.port}`,
  );
  lines.push(`Dashboard: ${settings.publicUrl}/dashboard`);
  lines.push(`Database: ${describeDatabase(env.dbPath)}`);
  lines.push(
    env.configFound ? `Config: ${env.configPath}` : `Config: built-in defaults (no ${env.configPath})`,
  );
  return lines.join('\n');
}
