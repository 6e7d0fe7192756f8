// Browser code (plain ES2020, no build step): the form dialog. Errors come from the server, each
// shown next to its field, and the form is drawn again from what was typed, so nothing is lost.
export const CLIENT_FORMS = `
(function () {
  var KP = window.KP;

  KP.createForms = function (ctx) {
    var app = ctx.app;
    var api = ctx.api;
    var failed = ctx.failed;
    var toast = ctx.toast;
    var refreshSoon = ctx.refreshSoon;
    function $(id) { return document.getElementById(id); }
    function tr(key) { return ctx.texts()[key] || key; }

    function openForm(kind, value, opener) {
      var query = '/form?as=' + encodeURIComponent(app.as) + '&kind=' + kind + (value ? '&value=' + encodeURIComponent(value) : '');
      return api('GET', query).then(function (result) {
        if (failed(result)) return;
        app.form = { form: result.data.form, focus: opener && opener.getAttribute('data-focus'), opener: opener };
        showForm(result.data.form, {});
        var dialog = $('form-dialog');
        if (!dialog.open) dialog.showModal();
        var first = $('form-fields').querySelector('input, textarea, select');
        if (first) first.focus();
      });
    }

    function showForm(form, errors) {
      $('form-title').textContent = form.title;
      $('form-intro').textContent = form.intro || '';
      $('form-intro').hidden = !form.intro;
      var hasErrors = Object.keys(errors).length > 0;
      $('form-summary').textContent = hasErrors ? tr('form.error.summary') : '';
      $('form-summary').hidden = !hasErrors;
      var fields = $('form-fields');
      fields.textContent = '';
      form.fields.forEach(function (field) { fields.appendChild(KP.renderField(field, errors[field.id], ctx.texts())); });
      $('form-submit').textContent = form.submitLabel;
    }

    function submitForm(event) {
      event.preventDefault();
      var current = app.form;
      if (!current || app.busy) return;
      var values = KP.readForm($('form'), current.form);
      app.busy = true;
      $('form-submit').disabled = true;
      api('POST', '/form', {
        as: app.as, formId: current.form.id, context: current.form.context, values: values,
      }).then(function (result) {
        app.busy = false;
        $('form-submit').disabled = false;
        if (failed(result)) return;
        if (result.data.ok) {
          $('form-dialog').close();
          toast(result.data.confirmation.fallbackText);
          refreshSoon();
          return;
        }
        current.form = result.data.form;
        showForm(result.data.form, result.data.errors);
        var invalid = $('form-fields').querySelector('[aria-invalid="true"], .invalid input');
        if (invalid) invalid.focus();
      });
    }

    function formClosed() {
      var current = app.form;
      app.form = null;
      if (!current) return;
      var back = current.focus && document.querySelector('[data-focus="' + CSS.escape(current.focus) + '"]');
      if (back) back.focus();
      else if (current.opener && document.body.contains(current.opener)) current.opener.focus();
    }

    $('form').addEventListener('submit', submitForm);
    $('form-cancel').addEventListener('click', function () { $('form-dialog').close(); });
    $('form-close').addEventListener('click', function () { $('form-dialog').close(); });
    $('form-dialog').addEventListener('close', formClosed);
    return openForm;
  };
})();
`;
