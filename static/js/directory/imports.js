// Runs a confirmed directory import a batch at a time and moves the progress bar; without
// this script the page's "Continue" button does the same, one batch per click.
(function () {
  "use strict";

  function start(box) {
    var form = box.querySelector("[data-import-step]");
    if (!form) {
      return;
    }
    var bar = box.querySelector("progress");
    var label = box.querySelector("[data-import-label]");
    form.hidden = true;

    function step() {
      fetch(box.dataset.stepUrl, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (data) {
          bar.max = data.total;
          bar.value = data.processed;
          bar.textContent = data.percent + "%";
          label.textContent = data.label;
          if (data.done) {
            window.location.assign(box.dataset.doneUrl);
          } else {
            step();
          }
        })
        .catch(function () {
          label.textContent = box.dataset.errorText;
          form.hidden = false;
        });
    }

    step();
  }

  document.querySelectorAll("[data-import-progress]").forEach(start);
})();
