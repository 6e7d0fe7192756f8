// A page that plays the Teams host for @microsoft/teams-js: it frames the tab and answers the
// SDK's postMessage calls (initialize, getContext, authentication.getAuthToken) the way Teams does.

export interface HostScenario {
  tabUrl: string;
  token: string;
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  tenantId: string;
  userObjectId: string;
}

export function teamsHostPage(scenario: HostScenario): string {
  const runtime = JSON.stringify({
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
      app: {},
      appEntity: {},
      authentication: {},
      pages: { appButton: {}, tabs: {}, config: {} },
      teams: {},
    },
  });
  const context = {
    locale: scenario.locale,
    theme: scenario.theme,
    tid: scenario.tenantId,
    userObjectId: scenario.userObjectId,
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    entityId: 'kulturpuls-dashboard',
  };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Teams</title>
<style>html,body{margin:0;height:100%;background:#ebebeb}iframe{border:0;width:100%;height:100vh}</style></head>
<body><iframe id="tab" src="${scenario.tabUrl}"></iframe><script>
var calls = [];
var answers = {
  initialize: ['content', 'web', ${JSON.stringify(runtime)}, '2.58.0'],
  getContext: [${JSON.stringify(context)}],
  'authentication.getAuthToken': [true, ${JSON.stringify(scenario.token)}],
};
window.teamsHostCalls = calls;
window.addEventListener('message', function (event) {
  var frame = document.getElementById('tab').contentWindow;
  if (event.source !== frame || !event.data || typeof event.data.id !== 'number') return;
  calls.push(event.data.func);
  var args = answers[event.data.func];
  if (!args) return;
  frame.postMessage({ id: event.data.id, uuidAsString: event.data.uuidAsString, args: args }, event.origin);
});
</script></body></html>`;
}
