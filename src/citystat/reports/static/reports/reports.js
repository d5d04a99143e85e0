// Reports page: default period per report type, and live progress of running jobs.
(function () {
  "use strict";
  var kind = document.getElementById("kind");
  var period = document.getElementById("period");
  if (kind && period) {
    kind.addEventListener("change", function () {
      var opt = kind.options[kind.selectedIndex];
      period.value = opt.getAttribute("data-period") || period.value;
    });
  }
  var leaving = false;
  window.addEventListener("pagehide", function () { leaving = true; });
  function poll(row) {
    if (leaving) { return; }
    fetch(row.getAttribute("data-status-url"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        var bar = row.querySelector("progress");
        bar.value = job.progress;
        var state = row.querySelector(".state");
        state.textContent = job.status_label;
        state.className = "state state-" + job.status;
        row.querySelector(".message").textContent =
          job.status === "done" ? "已核对 " + job.checked + " 个数字" : job.message;
        if (job.status === "done" || job.status === "failed") {
          row.setAttribute("data-finished", "1");
          if (job.download) {
            var cell = row.querySelector(".download");
            cell.textContent = "";
            var a = document.createElement("a");
            a.href = job.download;
            a.setAttribute("download", "");  // every report is an attachment, HTML included
            a.textContent = "下载";
            cell.appendChild(a);
          }
        } else {
          setTimeout(function () { poll(row); }, 600);
        }
      })
      .catch(function () { setTimeout(function () { poll(row); }, 2000); });
  }
  document.querySelectorAll("tr[data-finished='0']").forEach(poll);
})();
