// Browser code (plain ES2020, no build step): renders the neutral message model and forms to DOM.
// People's text only ever goes through textContent or attribute values, never innerHTML.
export const CLIENT_RENDER = String.raw`
var KP = window.KP = window.KP || {};

KP.el = function (tag, props, children) {
  var node = document.createElement(tag);
  if (props) {
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key.indexOf('on') === 0) node.addEventListener(key.slice(2), value);
      else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') node[key] = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    });
  }
  (children || []).forEach(function (child) {
    if (child === null || child === undefined || child === false) return;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
};

KP.fill = function (template, params) {
  return String(template).replace(/\{(\w+)\}/g, function (whole, name) {
    return params && name in params ? String(params[name]) : whole;
  });
};

KP.safeUrl = function (url) {
  return /^(https?:\/\/|\/(?!\/))/i.test(url || '') ? url : null;
};

/**
 * options: { keyPrefix, pulseOpen, onVote(block, value), onAction(button), linkFor(button) }
 */
KP.renderMessage = function (message, options) {
  var el = KP.el;
  var wrap = el('div', { className: 'msg' });
  (message.blocks || []).forEach(function (block, index) {
    var key = options.keyPrefix + ':' + index;
    switch (block.type) {
      case 'heading':
        wrap.appendChild(el('h3', { text: block.text }));
        break;
      case 'text':
        String(block.text).split(/\n\s*\n/).forEach(function (para) {
          wrap.appendChild(el('p', { text: para }));
        });
        break;
      case 'context':
        wrap.appendChild(el('p', { className: 'context', text: block.text }));
        break;
      case 'divider':
        wrap.appendChild(el('hr'));
        break;
      case 'fields': {
        var list = el('dl');
        block.fields.forEach(function (field) {
          list.appendChild(el('dt', { text: field.label }));
          list.appendChild(el('dd', { text: field.value }));
        });
        wrap.appendChild(list);
        break;
      }
      case 'scale':
        wrap.appendChild(KP.renderScale(block, options));
        break;
      case 'actions': {
        var row = el('div', { className: 'actions' });
        block.buttons.forEach(function (button, i) {
          var cls = 'button' + (button.style ? ' ' + button.style : '');
          var href = options.linkFor ? options.linkFor(button) : KP.safeUrl(button.url);
          if (href) {
            row.appendChild(el('a', { className: cls, href: href, 'data-focus': key + ':' + i, text: button.label }));
          } else {
            row.appendChild(el('button', {
              type: 'button', className: cls, 'data-focus': key + ':' + i, 'data-action': button.actionId,
              text: button.label, onclick: function (event) { options.onAction(button, event.currentTarget); },
            }));
          }
        });
        wrap.appendChild(row);
        break;
      }
    }
  });
  return wrap;
};

KP.renderScale = function (block, options) {
  var el = KP.el;
  var open = options.pulseOpen !== false;
  var legendId = 'st-' + block.pulseId + '-' + block.questionId;
  var box = el('fieldset', { className: 'scale', 'data-question': block.questionId });
  box.appendChild(el('legend', { id: legendId, text: block.statement }));
  var row = el('div', { className: 'scale-options', role: 'group', 'aria-labelledby': legendId });
  block.options.forEach(function (option) {
    var pressed = block.selected === option.value;
    row.appendChild(el('button', {
      type: 'button', className: 'scale-option', 'aria-pressed': pressed ? 'true' : 'false',
      'data-value': option.value, 'data-focus': 'vote:' + block.pulseId + ':' + block.questionId + ':' + option.value,
      disabled: !open, text: option.label,
      onclick: function (event) { options.onVote(block, option.value, event.currentTarget); },
    }));
  });
  box.appendChild(row);
  return box;
};

/** A form field per kind; ids are prefixed so two forms never clash. */
KP.renderField = function (field, error, texts) {
  var el = KP.el;
  var id = 'f-' + field.id;
  var described = [];
  var hint = field.hint ? el('p', { className: 'hint', id: id + '-hint', text: field.hint }) : null;
  if (hint) described.push(id + '-hint');
  var errorNode = el('p', { className: 'error', id: id + '-error', text: error || '' });
  described.push(id + '-error');
  var optional = !field.required && field.kind !== 'checkbox'
    ? el('span', { className: 'optional', text: ' (' + texts['local.form.optional'] + ')' }) : null;
  var common = { id: id, name: field.id, 'aria-invalid': error ? 'true' : null, 'aria-required': field.required ? 'true' : null };
  var initial = field.initial;

  if (field.kind === 'multiselect') {
    var chosen = Array.isArray(initial) ? initial : (typeof initial === 'string' && initial ? [initial] : []);
    var set = el('fieldset', { className: 'field' + (error ? ' invalid' : ''), 'data-field': field.id, 'aria-describedby': described.join(' ') });
    set.appendChild(el('legend', null, [field.label, optional]));
    if (hint) set.appendChild(hint);
    (field.options || []).forEach(function (option, i) {
      set.appendChild(el('label', { className: 'option' }, [
        el('input', { type: 'checkbox', name: field.id, value: option.value, id: id + '-' + i, checked: chosen.indexOf(option.value) >= 0 }),
        option.label,
      ]));
    });
    set.appendChild(errorNode);
    return set;
  }
  if (field.kind === 'checkbox') {
    var checked = initial === true || initial === 'true' || initial === 'on';
    return el('div', { className: 'field', 'data-field': field.id }, [
      el('div', { className: 'check' }, [
        el('input', Object.assign({ type: 'checkbox', checked: checked, 'aria-describedby': described.join(' ') }, common)),
        el('label', { for: id, text: field.label }),
      ]),
      hint, errorNode,
    ]);
  }
  var box = el('div', { className: 'field' + (error ? ' invalid' : ''), 'data-field': field.id });
  box.appendChild(el('label', { for: id }, [field.label, optional]));
  if (hint) box.appendChild(hint);
  var control;
  var text = typeof initial === 'string' ? initial : '';
  if (field.kind === 'select' || field.kind === 'person') {
    control = el('select', common, [el('option', { value: '', text: texts['local.form.choose'] })]);
    (field.options || []).forEach(function (option) {
      control.appendChild(el('option', { value: option.value, text: option.label, selected: option.value === text }));
    });
  } else {
    control = el(field.kind === 'textarea' ? 'textarea' : 'input', Object.assign(
      field.kind === 'textarea' ? { rows: 4 } : { type: 'text' },
      { maxlength: field.maxLength || null }, common));
    control.value = text;
  }
  box.appendChild(control);
  if (field.maxLength && (field.kind === 'textarea' || field.kind === 'text')) {
    var counter = el('p', { className: 'counter', id: id + '-count' });
    var update = function () {
      counter.textContent = KP.fill(texts['local.form.counter'], { count: control.value.length, max: field.maxLength });
    };
    control.addEventListener('input', update);
    update();
    described.push(id + '-count');
    box.appendChild(counter);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  box.appendChild(errorNode);
  return box;
};

/** The values as the core's FormValues: text, a list for multiselect, a boolean for checkbox. */
KP.readForm = function (formNode, form) {
  var values = {};
  form.fields.forEach(function (field) {
    if (field.kind === 'multiselect') {
      values[field.id] = Array.prototype.slice.call(formNode.querySelectorAll('input[name="' + field.id + '"]:checked'))
        .map(function (input) { return input.value; });
    } else if (field.kind === 'checkbox') {
      values[field.id] = document.getElementById('f-' + field.id).checked;
    } else {
      values[field.id] = document.getElementById('f-' + field.id).value;
    }
  });
  return values;
};
`;
