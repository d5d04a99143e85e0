/* 数据报送 pages: the template/entry links of the home page follow the chosen unit and month;
   the entry form is checked as it is typed. (Static file: the CSP allows no inline script.) */
(function () {
  "use strict";

  var chooser = document.getElementById("intake-chooser");
  if (chooser) {
    var unit = document.getElementById("unit"), period = document.getElementById("period");
    var update = function () {
      var u = encodeURIComponent(unit.value), p = encodeURIComponent(period.value);
      document.getElementById("download").href = chooser.getAttribute("data-template-url") + "?unit=" + u + "&period=" + p;
      document.getElementById("enter").href = chooser.getAttribute("data-entry-prefix") + u + "/" + p + "/";
    };
    unit.addEventListener("change", update);
    period.addEventListener("change", update);
    update();
  }

  var form = document.getElementById("entry-form");
  if (form && form.getAttribute("data-check-url")) {
    var timer = null;
    var show = function (problems) {
      document.querySelectorAll("td[data-field]").forEach(function (td) {
        td.classList.remove("has-error", "has-warning");
        td.querySelector(".msg").textContent = "";
      });
      var list = document.getElementById("problems");
      list.textContent = "";
      problems.forEach(function (p) {
        var li = document.createElement("li");
        li.className = p.severity;
        var where = document.createElement("span");
        where.className = "where"; where.textContent = p.label;
        li.appendChild(where); li.appendChild(document.createTextNode(p.message));
        list.appendChild(li);
        var td = document.querySelector('td[data-field="' + CSS.escape(p.field) + '"]');
        if (td) {
          td.classList.add(p.severity === "error" ? "has-error" : "has-warning");
          var msg = td.querySelector(".msg");
          msg.className = "msg " + p.severity; msg.textContent = p.message;
        }
      });
    };
    var check = function () {
      var data = new FormData(form);
      data.set("action", "check");
      fetch(form.getAttribute("data-check-url"), {method: "POST", body: data, headers: {"X-Requested-With": "fetch"}, credentials: "same-origin"})
        .then(function (r) { return r.json(); })
        .then(function (j) { show(j.problems); });
    };
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 400); });
  }
})();
