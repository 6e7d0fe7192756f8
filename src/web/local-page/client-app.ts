// Browser code (plain ES2020, no build step): the local page's state, API calls and polling.
export const CLIENT_APP = String.raw`
(function () {
  var KP = window.KP;
  var el = KP.el;
  var boot = JSON.parse(document.getElementById('kp-boot').textContent);
  var ACTIONS = boot.actions;
  var STORAGE = 'kulturpuls.local.as';
  var POLL_MS = 4000;
  var texts = boot.texts;
  var app = { as: null, state: null, signature: '', channel: null, confirmations: {}, form: null, busy: false };

  function $(id) { return document.getElementById(id); }
  function tr(key, params) { return KP.fill(texts[key] || key, params); }
  function locale() { return app.state ? app.state.me.locale : boot.locale; }

  function applyTexts() {
    document.documentElement.lang = locale();
    document.title = tr('local.title');
    document.querySelectorAll('[data-text]').forEach(function (node) {
      node.textContent = tr(node.getAttribute('data-text'));
    });
  }

  function toast(text, isError) {
    var region = $(isError ? 'alert' : 'status');
    region.textContent = '';
    region.appendChild(el('div', { className: 'toast' + (isError ? ' error' : ''), text: text }));
    clearTimeout(region.kpTimer);
    region.kpTimer = setTimeout(function () { region.textContent = ''; }, isError ? 9000 : 6000);
  }

  function api(method, path, body) {
    var options = { method: method, headers: { Accept: 'application/json' } };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch('/local/api' + path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    }, function () {
      toast(tr('local.error.offline'), true);
      return { status: 0, data: {} };
    });
  }

  /** Shows the server's message for a refused request; true when the request failed. */
  function failed(result) {
    if (result.status >= 200 && result.status < 300) return false;
    if (result.status !== 0) toast(result.data.message || tr('error.tryAgain'), true);
    if (result.data.error === 'unknown_person') forget();
    return true;
  }

  function refreshSoon() {
    app.signature = '';
    load();
    setTimeout(load, 700);
    setTimeout(load, 2000);
  }

  function initials(name) {
    return String(name).split(/\s+/).filter(Boolean).slice(0, 2).map(function (p) { return p[0]; }).join('').toUpperCase();
  }

  function roleNames(roles) {
    return roles.filter(function (r) { return r !== 'employee'; }).map(function (r) { return tr('local.role.' + r); });
  }

  function formatTime(iso) {
    try {
      return new Intl.DateTimeFormat(locale() === 'en' ? 'en-GB' : locale(), {
        weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
      }).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  // --- who am I ---

  function showPicker(people) {
    app.state = null;
    applyTexts();
    $('workspace').hidden = true;
    $('me').hidden = true;
    $('picker').hidden = false;
    var list = $('people');
    list.textContent = '';
    people.forEach(function (person) {
      var details = [person.sector || tr('local.sector.none')].concat(roleNames(person.roles)).join(' · ');
      list.appendChild(el('li', null, [el('button', {
        type: 'button', className: 'person', 'data-person': person.key,
        onclick: function () { choose(person.key); },
      }, [
        el('span', { className: 'avatar', 'aria-hidden': 'true', text: initials(person.name) }),
        el('span', null, [el('strong', { text: person.name }), el('small', { text: details })]),
      ])]));
    });
  }

  function choose(key) {
    app.as = key;
    app.signature = '';
    app.confirmations = {};
    try { localStorage.setItem(STORAGE, key); } catch (e) { /* private mode: the choice lasts this visit */ }
    load().then(function () { $('main').focus(); });
  }

  function forget() {
    app.as = null;
    app.signature = '';
    try { localStorage.removeItem(STORAGE); } catch (e) { /* ignore */ }
    api('GET', '/people').then(function (result) {
      showPicker(result.status === 200 ? result.data.people : boot.people);
    });
  }

  // --- state and rendering ---

  function load() {
    if (!app.as) return Promise.resolve();
    var asked = app.as;
    return api('GET', '/state?as=' + encodeURIComponent(asked)).then(function (result) {
      if (asked !== app.as || failed(result)) return;
      var s = result.data;
      texts = s.texts;
      app.state = s;
      var signature = JSON.stringify([s.me, s.channels, s.dms, s.awaiting, s.schedules, s.digest]);
      if (signature !== app.signature) {
        app.signature = signature;
        render();
      }
    });
  }

  function render() {
    var s = app.state;
    var active = document.activeElement;
    var focusKey = active && active.getAttribute ? active.getAttribute('data-focus') : null;
    applyTexts();
    $('picker').hidden = true;
    $('workspace').hidden = false;
    $('me').hidden = false;
    renderMe(s);
    renderChannels(s);
    renderPosts($('dm-posts'), s.dms, 'local.dms.empty', 'dm');
    renderSide(s);
    if (focusKey) {
      var again = document.querySelector('[data-focus="' + CSS.escape(focusKey) + '"]');
      if (again && again !== document.activeElement) again.focus();
    }
  }

  function renderMe(s) {
    $('me-name').textContent = KP.fill(tr('local.signedInAs'), { name: s.me.name });
    var roles = $('me-roles');
    roles.textContent = '';
    roleNames(s.me.roles).forEach(function (name) { roles.appendChild(el('span', { className: 'chip', text: name })); });
    $('lang').value = s.me.locale;
    $('pause').checked = s.me.paused;
  }

  function renderChannels(s) {
    if (!s.channels.some(function (c) { return c.id === app.channel; })) {
      app.channel = s.channels.length ? s.channels[0].id : null;
    }
    var tabs = $('tabs');
    tabs.textContent = '';
    s.channels.forEach(function (channel) {
      tabs.appendChild(el('button', {
        type: 'button', className: 'tab', 'data-channel': channel.id, 'data-focus': 'tab:' + channel.id,
        'aria-pressed': channel.id === app.channel ? 'true' : 'false', text: '#' + channel.id,
        onclick: function () { app.channel = channel.id; render(); },
      }));
    });
    var current = s.channels.filter(function (c) { return c.id === app.channel; })[0];
    renderPosts($('channel-posts'), current ? current.items : [], 'local.channel.empty', 'ch');
  }

  function renderPosts(list, items, emptyKey, prefix) {
    list.textContent = '';
    if (!items.length) {
      list.appendChild(el('li', { className: 'empty', text: tr(emptyKey) }));
      return;
    }
    items.forEach(function (item) { list.appendChild(renderPost(item, prefix)); });
  }

  function renderPost(item, prefix) {
    var post = el('li', { className: 'post', 'data-entry': item.id, 'data-pulse': item.pulse ? item.pulse.id : null });
    post.appendChild(el('div', { className: 'post-head' }, [
      el('span', { className: 'avatar', 'aria-hidden': 'true', text: 'KP' }),
      el('span', { className: 'author', text: tr('local.bot') }),
      el('time', { datetime: item.createdAt, text: formatTime(item.createdAt) }),
    ]));
    post.appendChild(KP.renderMessage(item.message, {
      keyPrefix: prefix + item.id,
      pulseOpen: item.pulse ? item.pulse.open : true,
      onVote: vote,
      onAction: action,
      linkFor: linkFor,
    }));
    if (item.pulse && !item.pulse.open) post.appendChild(el('p', { className: 'closed-note', text: tr('local.pulse.closed') }));
    var confirmation = item.pulse && app.confirmations[item.pulse.id];
    if (confirmation && item.pulse.open) {
      var box = KP.renderMessage(confirmation, { keyPrefix: 'conf' + item.id, onVote: vote, onAction: action });
      box.className = 'msg confirmation';
      box.setAttribute('data-confirmation', item.pulse.id);
      post.appendChild(box);
    }
    return post;
  }

  function renderSide(s) {
    $('digest-intro').textContent = tr('local.digest.intro', { month: s.digest.label });
    $('digest-link').setAttribute('href', s.digest.url);
    $('recognise-panel').hidden = !s.me.mayRecognise;
    renderCards($('awaiting'), s.awaiting, 'local.recognise.empty');
    $('post-panel').hidden = !s.me.mayPostNow;
    var rows = $('schedules');
    rows.textContent = '';
    s.schedules.forEach(function (schedule) {
      rows.appendChild(el('div', { className: 'schedule-row' }, [
        el('span', null, [tr('local.schedule.' + schedule.kind), el('small', { text: schedule.id })]),
        el('button', {
          type: 'button', className: 'button quiet', 'data-schedule': schedule.id, 'data-focus': 'post:' + schedule.id,
          text: tr('local.postNow.button'), onclick: function (event) { postNow(schedule.id, event.currentTarget); },
        }),
      ]));
    });
  }

  function renderCards(list, messages, emptyKey) {
    list.textContent = '';
    if (!messages.length) {
      list.appendChild(el('li', { className: 'empty', text: tr(emptyKey) }));
      return;
    }
    messages.forEach(function (message, i) {
      list.appendChild(el('li', { className: 'post' }, [
        KP.renderMessage(message, { keyPrefix: 'await' + i, onVote: vote, onAction: action }),
      ]));
    });
  }

  function linkFor(button) {
    if (button.actionId === ACTIONS.openDashboard) {
      return '/dashboard?month=' + encodeURIComponent(button.value) + '&lang=' + locale();
    }
    return button.url ? KP.safeUrl(button.url) : null;
  }

  // --- what people do ---

  function vote(block, value, node) {
    node.parentNode.querySelectorAll('.scale-option').forEach(function (b) {
      b.setAttribute('aria-pressed', b === node ? 'true' : 'false');
    });
    return api('POST', '/vote', {
      as: app.as, pulseId: block.pulseId, questionId: block.questionId, value: value,
    }).then(function (result) {
      if (!failed(result)) {
        app.confirmations[block.pulseId] = result.data.confirmation;
        toast(result.data.confirmation.fallbackText);
      }
      app.signature = '';
      return load();
    });
  }

  function action(button, node) {
    switch (button.actionId) {
      case ACTIONS.openReflection: return openForm('reflection', button.value, node);
      case ACTIONS.openLearning: return openForm('learning', button.value, node);
      case ACTIONS.openStory: return openForm('story', '', node);
      case ACTIONS.openNomination: return openForm('nomination', '', node);
      case ACTIONS.consentAccept:
      case ACTIONS.consentDecline:
      case ACTIONS.recognise:
        node.disabled = true;
        return api('POST', '/action', { as: app.as, actionId: button.actionId, value: button.value }).then(function (result) {
          node.disabled = false;
          if (!failed(result)) toast(result.data.message);
          refreshSoon();
        });
      default:
        toast(tr('local.error.unknownAction'), true);
    }
  }

  function postNow(scheduleId, node) {
    node.disabled = true;
    api('POST', '/post-now', { as: app.as, scheduleId: scheduleId }).then(function (result) {
      node.disabled = false;
      if (!failed(result)) toast(result.data.message);
      refreshSoon();
    });
  }

  function changeSettings(body) {
    body.as = app.as;
    api('POST', '/settings', body).then(function (result) {
      if (!failed(result)) toast(result.data.message);
      app.signature = '';
      load();
    });
  }

  // --- start ---

  var openForm = KP.createForms({
    app: app, api: api, failed: failed, toast: toast, refreshSoon: refreshSoon,
    texts: function () { return texts; },
  });
  $('switch-person').addEventListener('click', forget);
  $('lang').addEventListener('change', function (event) { changeSettings({ locale: event.target.value }); });
  $('pause').addEventListener('change', function (event) { changeSettings({ paused: event.target.checked }); });
  $('share-story').addEventListener('click', function (event) { openForm('story', '', event.currentTarget); });
  $('share-nomination').addEventListener('click', function (event) { openForm('nomination', '', event.currentTarget); });

  setInterval(function () {
    if (app.as && !app.busy && !document.hidden) load();
  }, POLL_MS);

  var fromUrl = new URLSearchParams(location.search).get('as');
  var stored = null;
  try { stored = localStorage.getItem(STORAGE); } catch (e) { /* ignore */ }
  applyTexts();
  if (fromUrl || stored) choose(fromUrl || stored);
  else showPicker(boot.people);
})();
`;
