// Shared by every page: moments in the viewer's own time zone, and copy buttons.
(function () {
  'use strict';

  function localTimes() {
    var format;
    try {
      format = new Intl.DateTimeFormat(undefined, {
        year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
      });
    } catch (e) {
      return; // An old browser keeps the UTC text the server wrote
    }
    document.querySelectorAll('time[data-local-time]').forEach(function (el) {
      var at = new Date(el.getAttribute('datetime'));
      if (!isNaN(at.getTime())) {
        el.title = el.textContent;
        el.textContent = format.format(at);
      }
    });
  }

  function say(button, text) {
    var status = button.parentNode.querySelector('.copy-status');
    if (status) {
      status.textContent = text;
    }
  }

  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyButtons() {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var source = document.getElementById(button.getAttribute('data-copy'));
        if (!source) {
          return;
        }
        var text = source.textContent.trim();
        var fallback = function () {
          selectText(source);
          say(button, 'Selected: press Ctrl+C (or Cmd+C) to copy.');
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () {
            say(button, 'Copied.');
          }, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    localTimes();
    copyButtons();
  });
}());
