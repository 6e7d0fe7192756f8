// Runs in the browser on /teams/tab. Inside Teams: initialise (with a timeout, since outside Teams
// the promise never settles), follow the theme, get the SSO token and exchange it for either a
// signed dashboard link (leads, admins) or the explanation. Outside Teams: a plain link.
export const TAB_SCRIPT = `(function () {
  var status = document.getElementById('status');
  var title = document.getElementById('title');
  var texts = JSON.parse(status.getAttribute('data-texts'));
  function language(locale) {
    var l = String(locale || '').toLowerCase();
    if (l.indexOf('nn') === 0) return 'nn';
    if (l.indexOf('nb') === 0 || l.indexOf('no') === 0) return 'nb';
    return 'en';
  }
  function theme(name) {
    document.body.className = name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : '';
  }
  function show(heading, text) {
    title.textContent = heading;
    status.textContent = text;
  }
  function outside() {
    status.textContent = texts.outside;
    document.getElementById('fallback').hidden = false;
  }
  var teams = window.microsoftTeams;
  if (!teams || window.parent === window) { outside(); return; }
  var lang = 'en';
  var timeout = new Promise(function (_, reject) { setTimeout(function () { reject(new Error('timeout')); }, 4000); });
  Promise.race([teams.app.initialize(), timeout])
    .then(function () { return teams.app.getContext(); }, function () { outside(); throw null; })
    .then(function (context) {
      var app = (context && context.app) || {};
      theme(app.theme);
      lang = language(app.locale);
      document.documentElement.lang = lang;
      teams.app.registerOnThemeChangeHandler(theme);
      return teams.authentication.getAuthToken();
    })
    .then(function (token) {
      return fetch('/teams/tab/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: token, lang: lang }),
      });
    })
    .then(function (res) { return res.json(); })
    .then(function (answer) {
      if (answer.url) {
        teams.app.notifySuccess();
        location.replace(answer.url);
        return;
      }
      show(answer.title || texts.refusedTitle, answer.text || texts.refusedText);
      document.body.setAttribute('data-outcome', answer.outcome || 'refused');
      teams.app.notifySuccess();
    })
    .catch(function (error) {
      if (error === null) return;
      show(texts.refusedTitle, texts.refusedText);
      document.body.setAttribute('data-outcome', 'refused');
    });
})();
`;
