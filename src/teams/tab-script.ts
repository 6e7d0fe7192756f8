// Runs in the browser on /teams/tab. Inside Teams: initialise (with a timeout, since outside Teams
// the promise never settles), take locale and theme from the context and show the dashboard.
// Outside Teams: a plain link to the dashboard.
export const TAB_SCRIPT = `(function () {
  var status = document.getElementById('status');
  var fallback = document.getElementById('fallback');
  var frame = document.getElementById('dashboard');
  function language(locale) {
    var l = String(locale || '').toLowerCase();
    if (l.indexOf('nn') === 0) return 'nn';
    if (l.indexOf('nb') === 0 || l.indexOf('no') === 0) return 'nb';
    return 'en';
  }
  function theme(name) {
    document.body.className = name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : '';
  }
  function outside() {
    status.textContent = status.getAttribute('data-outside');
    fallback.hidden = false;
  }
  function show(lang) {
    var src = frame.getAttribute('data-src');
    var url = new URL(src, location.href);
    url.searchParams.set('lang', lang);
    frame.src = url.pathname + url.search;
    document.getElementById('open').href = url.pathname + url.search;
    frame.style.display = 'block';
    status.hidden = true;
  }
  var teams = window.microsoftTeams;
  if (!teams || window.parent === window) { outside(); return; }
  var timeout = new Promise(function (_, reject) { setTimeout(function () { reject(new Error('timeout')); }, 4000); });
  Promise.race([teams.app.initialize(), timeout])
    .then(function () { return teams.app.getContext(); })
    .then(function (context) {
      var app = (context && context.app) || {};
      theme(app.theme);
      document.documentElement.lang = language(app.locale);
      teams.app.registerOnThemeChangeHandler(theme);
      show(language(app.locale));
      teams.app.notifySuccess();
    })
    .catch(outside);
})();
`;
