/* Project charts and map: ECharts served by the app; data from json_script blocks. */
(function () {
  "use strict";
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
  var LIGHT = { red: "#c62828", yellow: "#b58105", green: "#1a7f37", none: "#8899aa" };
  // Tooltips are HTML: every name or value from the data goes through esc().
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  var trend = document.getElementById("progress-chart");
  if (trend && window.echarts) {
    var d = data("progress-data");
    var c = echarts.init(trend);
    c.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : v + "%"; } },
      legend: { data: ["投资完成率", "序时进度"] },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: "category", data: d.months },
      yAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
      series: [
        { name: "投资完成率", type: "line", data: d.completion, itemStyle: { color: "#b42318" } },
        { name: "序时进度", type: "line", data: d.expected, lineStyle: { type: "dashed" }, itemStyle: { color: "#627d98" } }
      ]
    });
    window.addEventListener("resize", function () { c.resize(); });
  }
  var mapEl = document.getElementById("project-map");
  if (mapEl && window.echarts) {
    var pts = data("map-points");
    var tooltip = {
      trigger: "item",
      formatter: function (p) {
        if (p.seriesType !== "scatter") { return esc(p.name); }
        var c = p.data.completion == null ? "—" : p.data.completion + "%";
        return esc(p.data.name) + "<br>投资完成率 " + esc(c);
      }
    };
    var scatter = {
      type: "scatter", symbolSize: 14, data: pts,
      itemStyle: { color: function (p) { return LIGHT[p.data.light] || LIGHT.none; }, borderColor: "#fff", borderWidth: 1 }
    };
    var draw = function (option) {
      var m = echarts.init(mapEl);
      m.setOption(option);
      m.on("click", function (p) { if (p.data && p.data.url) { window.location.href = p.data.url; } });
      mapEl.setAttribute("data-ready", "1");
      window.addEventListener("resize", function () { m.resize(); });
    };
    var url = mapEl.getAttribute("data-geojson");
    if (url) {
      fetch(url).then(function (r) { return r.json(); }).then(function (geo) {
        echarts.registerMap("counties", geo);
        draw({
          animation: false, textStyle: { fontFamily: FONT }, tooltip: tooltip,
          geo: {
            map: "counties", roam: true,
            label: { show: true, fontSize: 11, color: "#627d98" },
            itemStyle: { areaColor: "#f1f4f8", borderColor: "#9fb3c8" },
            emphasis: { itemStyle: { areaColor: "#e3eaf3" } }
          },
          series: [Object.assign({ coordinateSystem: "geo" }, scatter)]
        });
      });
    } else {
      // No boundary layer uploaded: place projects by longitude and latitude.
      draw({
        animation: false, textStyle: { fontFamily: FONT }, tooltip: tooltip,
        grid: { left: 60, right: 50, top: 40, bottom: 40 },
        xAxis: { type: "value", name: "经度", scale: true, splitLine: { show: false } },
        yAxis: { type: "value", name: "纬度", scale: true, splitLine: { show: false } },
        series: [
          { type: "scatter", data: data("map-counties"), symbolSize: 26, silent: true,
            itemStyle: { color: "#e3eaf3", borderColor: "#9fb3c8" },
            label: { show: true, formatter: "{b}", position: "bottom", color: "#627d98", fontSize: 11 } },
          scatter
        ]
      });
    }
  }
})();
