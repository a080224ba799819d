// Keyboard shortcuts of the transcript; the page lists them under "Keyboard shortcuts (?)".
(function () {
  'use strict';

  var current = null;

  function questions() {
    return Array.prototype.slice.call(document.querySelectorAll('section.question'));
  }

  // The question the reviewer works on: the one last clicked or focused, else the first in view
  function currentQuestion() {
    if (current && document.body.contains(current)) {
      return current;
    }
    var all = questions();
    for (var i = 0; i < all.length; i++) {
      if (all[i].getBoundingClientRect().bottom > 0) {
        return all[i];
      }
    }
    return all[0] || null;
  }

  function select(question) {
    if (!question) {
      return;
    }
    questions().forEach(function (q) { q.classList.remove('current'); });
    current = question;
    question.classList.add('current');
    question.scrollIntoView({ block: 'start' });
  }

  function go(id) {
    var link = document.getElementById(id);
    if (link) {
      window.location.href = link.href;
    }
  }

  function toggleHelp() {
    var help = document.getElementById('shortcuts');
    var button = document.getElementById('shortcuts-toggle');
    if (!help) {
      return;
    }
    help.hidden = !help.hidden;
    if (button) {
      button.setAttribute('aria-expanded', String(!help.hidden));
    }
  }

  // A criterion's "met" box sets its points to all or none
  function syncPoints(box) {
    var input = document.getElementById(box.getAttribute('data-target'));
    if (input) {
      input.value = box.checked ? box.getAttribute('data-max') : '0';
    }
  }

  function toggleCriterion(n) {
    var question = currentQuestion();
    var boxes = question ? question.querySelectorAll('form.criteria-form input.met-toggle') : [];
    var box = boxes[n - 1];
    if (box) {
      box.checked = !box.checked;
      syncPoints(box);
      box.closest('.criterion-mark').classList.add('toggled');
    }
  }

  function typing(target) {
    var tag = target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
  }

  document.addEventListener('change', function (event) {
    if (event.target.classList && event.target.classList.contains('met-toggle')) {
      syncPoints(event.target);
    }
  });

  document.addEventListener('focusin', function (event) {
    var question = event.target.closest && event.target.closest('section.question');
    if (question) {
      current = question;
    }
  });

  document.addEventListener('click', function (event) {
    var question = event.target.closest && event.target.closest('section.question');
    if (question) {
      current = question;
    }
    if (event.target.id === 'shortcuts-toggle') {
      toggleHelp();
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.tagName === 'TEXTAREA') {
      event.preventDefault();
      event.target.form.requestSubmit();
      return;
    }
    if (event.key === 'Escape' && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var all = questions();
    var index = all.indexOf(currentQuestion());
    switch (event.key) {
      case 'n': go('next-attempt'); break;
      case 'p': go('previous-attempt'); break;
      case 'u': go('next-unreviewed'); break;
      case 'j': select(all[Math.min(all.length - 1, index + 1)]); break;
      case 'k': select(all[Math.max(0, index - 1)]); break;
      case '?': toggleHelp(); break;
      case 'r': {
        var question = currentQuestion();
        var reason = question && question.querySelector('textarea.criteria-reason, textarea[name=reason]');
        if (reason) {
          reason.focus();
        }
        break;
      }
      case 'm': {
        var form = document.getElementById('mark-reviewed');
        if (form && form.querySelector('button[type=submit]')) {
          form.requestSubmit();
        }
        break;
      }
      default:
        if (/^[1-9]$/.test(event.key)) {
          toggleCriterion(Number(event.key));
        } else {
          return;
        }
    }
    event.preventDefault();
  });
}());
