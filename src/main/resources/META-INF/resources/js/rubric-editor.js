// Rubric editor: "Try" grades the answer and the graded examples in place, without reloading the page; a link to a
// field or section inside a collapsed section opens it. Without this script the button posts the whole form and
// the page comes back with the report, and sections are opened by hand.
(function () {
  'use strict';

  function reveal(hash) {
    var target = hash && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') {
        node.open = true;
      }
    }
  }
  window.addEventListener('hashchange', function () { reveal(window.location.hash); });
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      reveal(link.getAttribute('href'));
    }
  });
  reveal(window.location.hash);

  var form = document.getElementById('editor');
  var button = document.getElementById('try-button');
  var report = document.getElementById('try-output');
  var answer = document.getElementById('answer');
  if (!form || !button || !report || !window.fetch || !window.URLSearchParams) {
    return;
  }

  function tryAnswer(event) {
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'try');
    button.disabled = true;
    report.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('data-try'), {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { 'X-Assay-Partial': '1' }
    }).then(function (response) {
      if (response.status >= 500 || response.status === 401 || response.status === 403) {
        throw new Error('the server answered ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      // The fragment is rendered by the server, which escapes every piece of user text.
      report.innerHTML = html;
    }).catch(function (error) {
      report.textContent = 'The answer could not be graded (' + error.message + '). Try again, or reload the page.';
    }).then(function () {
      button.disabled = false;
      report.removeAttribute('aria-busy');
    });
  }

  button.addEventListener('click', tryAnswer);
  if (answer) {
    answer.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        tryAnswer(event);
      }
    });
  }
})();
