// Text extraction job page: live progress; when reading is done, on to the review page.
(function () {
  "use strict";
  var box = document.getElementById("tr-job");
  if (!box) { return; }
  var status = box.getAttribute("data-status");
  if (status === "done" || status === "failed") { return; }
  var bar = box.querySelector("progress");
  var pct = box.querySelector(".tr-job-pct");
  var state = document.getElementById("tr-job-state");
  var message = document.getElementById("tr-job-message");
  var leaving = false;
  window.addEventListener("pagehide", function () { leaving = true; });
  function poll() {
    if (leaving) { return; }
    fetch(box.getAttribute("data-status-url"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        bar.value = job.progress;
        pct.textContent = job.progress + "%";
        state.textContent = job.status_label;
        state.className = "tr-state tr-state-" + job.status;
        message.textContent = job.message;
        if (job.finished) {
          // The job page itself sends a finished job to its review (or shows the failure).
          window.location.assign(box.getAttribute("data-job-url"));
        } else {
          setTimeout(poll, 800);
        }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 300);
})();
