/* citystat dashboard charts: ECharts served by the app, data from json_script blocks. */
(function () {
  "use strict";
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
  var LIGHT = { red: "#c62828", yellow: "#d89b00", green: "#1a7f37", "": "#8899aa" };
  var dark = document.body.classList.contains("screen");
  var INK = dark ? "#dbe7f3" : "#1f2933";
  var MUTED = dark ? "#7f97ad" : "#627d98";
  var GRID = dark ? "#23405c" : "#e4e9f0";
  var SEQ = dark ? ["#1f5f99", "#56c1ff", "#d8f1ff"] : ["#dbe9f6", "#6baed6", "#08306b"];
  var charts = [];
  // Tooltips are HTML: every name or value from the data goes through esc().
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function data(el) {
    var id = el.getAttribute("data-source");
    var node = id && document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function make(el) {
    var chart = echarts.init(el, null, { renderer: "canvas" });
    charts.push(chart);
    return chart;
  }

  function base(extra) {
    var opt = {
      backgroundColor: "transparent",
      textStyle: { fontFamily: FONT, color: INK },
      // No animation when printing or when driven by a test browser (stable screenshots).
      animation: !window.matchMedia("print").matches && !navigator.webdriver,
      toolbox: dark ? undefined : {
        right: 4, top: 0, itemSize: 13,
        feature: { saveAsImage: { title: "保存为图片", pixelRatio: 2, backgroundColor: "#fff" } }
      },
      tooltip: { trigger: "axis", textStyle: { fontFamily: FONT } }
    };
    for (var k in extra) { opt[k] = extra[k]; }
    return opt;
  }

  function axisStyle() {
    return {
      axisLine: { lineStyle: { color: MUTED } },
      axisLabel: { color: MUTED, fontFamily: FONT },
      splitLine: { lineStyle: { color: GRID } }
    };
  }

  function merge(a, b) { for (var k in b) { a[k] = b[k]; } return a; }

  /* ---------------------------------------------------------------- sparklines */
  function spark(el) {
    var values = el.getAttribute("data-spark").split(",").map(function (v) {
      return v === "None" || v === "" ? null : Number(v);
    });
    var chart = make(el);
    chart.setOption({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 2 },
      xAxis: { type: "category", show: false, data: values.map(function (_, i) { return i + 1 + "月"; }) },
      yAxis: { type: "value", show: false, scale: true },
      tooltip: { trigger: "axis", confine: true, formatter: function (p) { return esc(p[0].name) + " 同比 " + (p[0].value == null ? "—" : esc(p[0].value) + "%"); } },
      series: [{ type: "line", data: values, symbol: "none", connectNulls: true, lineStyle: { width: 1.5, color: "#3d6fb6" }, areaStyle: { color: "rgba(61,111,182,.12)" } }]
    });
  }

  /* ---------------------------------------------------------------- radar */
  function radar(el) {
    var d = data(el);
    if (!d) { return; }
    var colours = dark ? ["#56c1ff", "#ffd166", "#ef476f"] : ["#3d6fb6", "#1a7f37", "#c62828"];
    var chart = make(el);
    chart.setOption(base({
      tooltip: { trigger: "item" },
      legend: { bottom: 0, textStyle: { color: INK, fontFamily: FONT } },
      color: colours,
      radar: {
        radius: "62%", center: ["50%", "48%"],
        indicator: d.dimensions.map(function (n) { return { name: n, min: 50, max: 100 }; }),
        axisName: { color: INK, fontFamily: FONT, fontSize: dark ? 16 : 13 },
        splitLine: { lineStyle: { color: GRID } }, splitArea: { show: false },
        axisLine: { lineStyle: { color: GRID } }
      },
      series: [{
        type: "radar",
        data: d.series.map(function (s, i) {
          return { name: s.name, value: s.values.map(function (v) { return v == null ? 50 : v; }),
                   areaStyle: i === 0 ? { opacity: 0.15 } : undefined, symbolSize: 4 };
        })
      }]
    }));
  }

  /* ---------------------------------------------------------------- indicator series */
  var seriesCharts = [];
  // Honest marking (issue 11): a series resting on synthetic data says so in its tooltip.
  function markTip(d, opt) {
    if (!d.synthetic) { return opt; }
    opt.tooltip = { trigger: "axis", textStyle: { fontFamily: FONT }, formatter: function (ps) {
      var lines = [ps.length ? ps[0].name : ""];
      ps.forEach(function (p) { lines.push(p.marker + p.seriesName + " " + (p.value == null ? "—" : p.value)); });
      lines.push("示例数据（合成），非官方统计");
      return lines.join("<br>");
    } };
    return opt;
  }
  function seriesValue(el, mode) {
    var d = data(el);
    var chart = el._chart || (el._chart = make(el));
    var month = mode === "month";
    var series = [
      { name: d.year + "年" + (month ? "当月" : (d.cumulative ? "累计" : "")), type: month ? "bar" : "line",
        data: month ? d.monthly : d.value, itemStyle: { color: "#3d6fb6" }, symbolSize: 6, connectNulls: true },
      { name: (d.year - 1) + "年" + (month ? "当月" : (d.cumulative ? "累计" : "")), type: month ? "bar" : "line",
        data: month ? d.monthly_last : d.value_last, itemStyle: { color: "#9fb3c8" }, lineStyle: { type: "dashed" }, symbolSize: 4, connectNulls: true }
    ];
    if (!month && d.target_line.some(function (v) { return v != null; })) {
      series.push({ name: d.cumulative ? "目标序时进度" : "年度目标", type: "line", data: d.target_line,
        itemStyle: { color: "#b58105" }, lineStyle: { type: "dotted", width: 2 }, symbol: "none", connectNulls: true });
    }
    chart.setOption(base(markTip(d, {
      legend: { top: 0, left: "center", textStyle: { color: INK, fontFamily: FONT } },
      grid: { left: 56, right: 16, top: 36, bottom: 28 },
      xAxis: merge({ type: "category", data: d.months }, axisStyle()),
      yAxis: merge({ type: "value", name: d.unit, nameTextStyle: { color: MUTED }, scale: true }, axisStyle()),
      series: series
    }, d)), true);
  }

  function seriesGrowth(el, mode) {
    var d = data(el);
    var chart = el._chart || (el._chart = make(el));
    var month = mode === "month";
    var s = { name: (month ? "当月" : (d.cumulative ? "累计" : "")) + "同比(%)", type: "line",
      data: month ? d.monthly_growth : d.growth, itemStyle: { color: "#3d6fb6" }, symbolSize: 6, connectNulls: true };
    if (d.growth_target != null && !month) {
      s.markLine = { symbol: "none", lineStyle: { color: "#b58105", type: "dotted", width: 2 },
        label: { formatter: "目标 " + d.growth_target + "%", color: "#b58105", fontFamily: FONT }, data: [{ yAxis: d.growth_target }] };
    }
    chart.setOption(base(markTip(d, {
      legend: { top: 0, left: "center", textStyle: { color: INK, fontFamily: FONT } },
      grid: { left: 48, right: 60, top: 36, bottom: 28 },
      xAxis: merge({ type: "category", data: d.months }, axisStyle()),
      yAxis: merge({ type: "value", name: "%", nameTextStyle: { color: MUTED }, scale: true }, axisStyle()),
      series: [s]
    }, d)), true);
  }

  /* ---------------------------------------------------------------- 拉动 breakdown */
  function breakdown(el) {
    var d = data(el);
    if (!d || !d.length) { return; }
    var rows = d.slice().reverse();
    var chart = make(el);
    chart.setOption(base({
      grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
      xAxis: merge({ type: "value", name: "百分点", nameTextStyle: { color: MUTED } }, axisStyle()),
      yAxis: merge({ type: "category", data: rows.map(function (r) { return r.name; }),
        axisLabel: { color: INK, fontFamily: FONT, width: 150, overflow: "truncate" } }, {}),
      tooltip: { trigger: "axis", formatter: function (p) {
        var r = rows[p[0].dataIndex];
        return esc(r.name) + "<br>拉动 " + (r.pull == null ? "—" : esc(r.pull) + " 个百分点") + "<br>贡献率 " + (r.contribution == null ? "—" : esc(r.contribution) + "%");
      } },
      series: [{ type: "bar", data: rows.map(function (r) {
        return { value: r.pull, itemStyle: { color: r.pull != null && r.pull < 0 ? "#c62828" : "#3d6fb6" } };
      }), label: { show: true, position: "right", fontFamily: FONT, formatter: function (p) { return p.value == null ? "—" : p.value.toFixed(1); } } }]
    }));
  }

  /* ---------------------------------------------------------------- maps */
  var boundaries = {};
  function withBoundaries(url, done) {
    if (!url) { done(null); return; }
    if (boundaries[url]) { done(boundaries[url]); return; }
    fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error("boundaries " + r.status); }
      return r.json();
    }).then(function (geo) {
      var name = "counties-" + url.replace(/\W+/g, "");
      echarts.registerMap(name, geo);
      boundaries[url] = name;
      done(name);
    }).catch(function () { done(null); });
  }

  function mapOption(points, metric, unit, mapName, title) {
    var present = points.filter(function (p) { return p[metric] != null; });
    var values = present.map(function (p) { return p[metric]; });
    var lo = values.length ? Math.min.apply(null, values) : 0;
    var hi = values.length ? Math.max.apply(null, values) : 1;
    if (lo === hi) { hi = lo + 1; }
    var label = metric === "growth" ? "同比增速(%)" : metric === "completion" ? "完成率(%)" : "数值(" + unit + ")";
    var visual = { type: "continuous", min: lo, max: hi, calculable: false, orient: "vertical", left: 8, bottom: 12,
      text: [hi.toFixed(1), lo.toFixed(1)], textStyle: { color: INK, fontFamily: FONT }, inRange: { color: SEQ },
      formatter: function (v) { return Number(v).toFixed(1); } };
    var tip = { trigger: "item", formatter: function (p) {
      var d = p.data || {};
      return esc(d.name || p.name) + "<br>" + esc(label) + ":" + (d.value == null || (d.value.length && d.value[2] == null) ? "—" : esc(d.raw != null ? d.raw : d.value)) +
        (d.note ? "<br>" + esc(d.note) : "");
    } };
    var titleOpt = title ? { text: title, left: "center", top: 4, textStyle: { color: INK, fontFamily: FONT, fontSize: 16 } } : undefined;
    if (mapName) {
      return base({
        tooltip: tip, title: titleOpt || { text: label, left: 8, bottom: 200, textStyle: { color: MUTED, fontFamily: FONT, fontSize: 12, fontWeight: "normal" } }, visualMap: visual,
        series: [{ type: "map", map: mapName, roam: false, layoutCenter: ["55%", "52%"], layoutSize: "95%",
          label: { show: true, color: dark ? "#fff" : "#1f2933", fontFamily: FONT, fontSize: dark ? 14 : 11,
            textBorderColor: dark ? "#0b1a2a" : "#fff", textBorderWidth: 2 },
          itemStyle: { borderColor: dark ? "#0b1a2a" : "#fff", borderWidth: 1, areaColor: dark ? "#203448" : "#eef2f7" },
          emphasis: { label: { color: "#000" }, itemStyle: { areaColor: "#ffd166" } },
          data: points.map(function (p) { return { name: p.name, value: p[metric], raw: p[metric], code: p.code, note: p.note }; }) }]
      });
    }
    var xs = points.map(function (p) { return p.lon; }).filter(function (v) { return v != null; });
    var ys = points.map(function (p) { return p.lat; }).filter(function (v) { return v != null; });
    return base({
      tooltip: tip,
      title: titleOpt || { text: label, left: 8, bottom: 200, textStyle: { color: MUTED, fontFamily: FONT, fontSize: 12, fontWeight: "normal" } }, visualMap: merge(visual, { dimension: 2 }),
      grid: { left: 140, right: 20, top: title ? 40 : 20, bottom: 20 },
      xAxis: { type: "value", show: false, min: Math.min.apply(null, xs) - 0.25, max: Math.max.apply(null, xs) + 0.25 },
      yAxis: { type: "value", show: false, min: Math.min.apply(null, ys) - 0.2, max: Math.max.apply(null, ys) + 0.2 },
      series: [{ type: "scatter", symbolSize: dark ? 40 : 30,
        label: { show: true, position: "bottom", color: INK, fontFamily: FONT, fontSize: dark ? 14 : 12,
          formatter: function (p) { return p.data.name; } },
        itemStyle: { borderColor: dark ? "#0b1a2a" : "#fff", borderWidth: 1.5 },
        data: points.filter(function (p) { return p.lon != null; }).map(function (p) {
          return { name: p.name, value: [p.lon, p.lat, p[metric]], raw: p[metric], code: p.code, note: p.note };
        }) }]
    });
  }

  function map(el) {
    var points = data(el);
    var chart = make(el);
    var select = document.querySelector("[data-map-metric]");
    var unit = el.getAttribute("data-unit") || "";
    var link = el.getAttribute("data-link");
    withBoundaries(el.getAttribute("data-boundaries"), function (mapName) {
      el.setAttribute("data-map-kind", mapName ? "boundaries" : "centroids");
      function draw() {
        var metric = select ? select.value : el.getAttribute("data-metric");
        chart.setOption(mapOption(points, metric, unit, mapName), true);
      }
      draw();
      if (select) { select.addEventListener("change", draw); }
      chart.on("click", function (p) {
        if (link && p.data && p.data.code) { window.location.href = link + p.data.code; }
      });
      el.setAttribute("data-ready", "1");
    });
  }

  /* ---------------------------------------------------------------- 大屏 */
  var board = 0;
  // boards-data sends every county once and each board's figures as columns in the
  // counties' order; the map and the bars want one point per county.
  var joined = null;
  function screenBoards(el) {
    if (joined) { return joined; }
    var d = data(el);
    if (!d || !d.boards) { return null; }
    joined = d.boards.map(function (b) {
      return { code: b.code, name: b.name, unit: b.unit, reported: b.reported,
        points: d.counties.map(function (c, i) {
          return { name: c.name, code: c.code, lon: c.lon, lat: c.lat,
            growth: b.growth[i], rank: b.rank[i], light: b.light[i], note: b.note[i] };
        }) };
    });
    return joined;
  }

  function screenMap(el) {
    var boards = screenBoards(el);
    if (!boards || !boards.length) { return; }
    var chart = make(el);
    withBoundaries(el.getAttribute("data-boundaries"), function (mapName) {
      el._draw = function () {
        var b = boards[board % boards.length];
        chart.setOption(mapOption(b.points, "growth", b.unit, mapName, b.name + " 同比增速" + (b.reported ? " · " + b.reported : "")), true);
        var t = document.querySelector("[data-board-title]");
        if (t) { t.textContent = b.name + (b.reported ? "(" + b.reported + ",位次待定)" : ""); }
      };
      el._draw();
    });
  }

  function screenBars(el) {
    var boards = screenBoards(el);
    if (!boards || !boards.length) { return; }
    var chart = make(el);
    el._draw = function () {
      var b = boards[board % boards.length];
      var rows = b.points.filter(function (p) { return p.growth != null; })
        .sort(function (x, y) { return x.growth - y.growth; });
      chart.setOption(base({
        title: { text: b.reported ? "同比增速(%)  " + b.reported + ",位次待全部报齐后排定" : "同比增速排名(%)  颜色:目标灯", left: "center", top: 4, textStyle: { color: INK, fontFamily: FONT, fontSize: 16 } },
        grid: { left: 8, right: 56, top: 40, bottom: 8, containLabel: true },
        xAxis: merge({ type: "value" }, axisStyle()),
        yAxis: { type: "category", data: rows.map(function (r) { return r.name; }), axisLabel: { color: INK, fontFamily: FONT, fontSize: 14 } },
        series: [{ type: "bar", data: rows.map(function (r) {
          return { value: r.growth, itemStyle: { color: r.light ? LIGHT[r.light] : (r.growth < 0 ? "#ef476f" : "#56c1ff") } };
        }), label: { show: true, position: "right", color: INK, fontFamily: FONT, formatter: function (p) { return p.value.toFixed(1); } } }]
      }), true);
    };
    el._draw();
  }

  function scoreBars(el) {
    var rows = (data(el) || []).slice().reverse();
    var chart = make(el);
    chart.setOption(base({
      title: { text: "综合得分(功效系数法)", left: "center", top: 4, textStyle: { color: INK, fontFamily: FONT, fontSize: 16 } },
      grid: { left: 8, right: 56, top: 40, bottom: 8, containLabel: true },
      xAxis: merge({ type: "value", min: 60, max: 100 }, axisStyle()),
      yAxis: { type: "category", data: rows.map(function (r) { return r.name; }), axisLabel: { color: INK, fontFamily: FONT, fontSize: 14 } },
      series: [{ type: "bar", data: rows.map(function (r) { return r.total; }), itemStyle: { color: "#56c1ff" },
        label: { show: true, position: "right", color: INK, fontFamily: FONT, formatter: function (p) { return p.value.toFixed(1); } } }]
    }));
  }

  function rotate() {
    var slides = document.querySelectorAll(".slide");
    var dots = document.querySelectorAll("[data-goto]");
    var seconds = Number(document.body.getAttribute("data-interval") || 15);
    var current = 0;
    var paused = seconds <= 0;
    function show(n) {
      var was = current;
      current = (n + slides.length) % slides.length;
      slides.forEach(function (s, i) { s.classList.toggle("active", i === current); });
      dots.forEach(function (d, i) { d.classList.toggle("on", i === current); });
      if (current === 1 && was !== 1) {
        board += 1;
        document.querySelectorAll("[data-chart=screen-map], [data-chart=screen-bars]").forEach(function (el) {
          if (el._draw) { el._draw(); }
        });
      }
      charts.forEach(function (c) { c.resize(); });
      document.body.setAttribute("data-slide", String(current));
    }
    board = -1;
    show(0);
    board = 0;
    document.querySelectorAll("[data-chart=screen-map], [data-chart=screen-bars]").forEach(function (el) { if (el._draw) { el._draw(); } });
    dots.forEach(function (d) { d.addEventListener("click", function () { show(Number(d.getAttribute("data-goto"))); }); });
    var pause = document.querySelector("[data-pause]");
    if (pause) {
      pause.textContent = paused ? "播放" : "暂停";
      pause.addEventListener("click", function () { paused = !paused; pause.textContent = paused ? "播放" : "暂停"; });
    }
    var full = document.querySelector("[data-fullscreen]");
    if (full) { full.addEventListener("click", function () { if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen().catch(function () {}); } }); }
    if (seconds > 0) {
      setInterval(function () { if (!paused) { show(current + 1); } }, seconds * 1000);
      // A meeting-room screen stays open for hours: fetch fresh figures every ten minutes.
      setTimeout(function () { if (!paused) { window.location.reload(); } }, 10 * 60 * 1000);
    }
  }

  /* ---------------------------------------------------------------- wiring */
  var kinds = {
    radar: radar, map: map, breakdown: breakdown,
    "screen-map": screenMap, "screen-bars": screenBars, "score-bars": scoreBars,
    "series-value": function (el) { seriesValue(el, "ytd"); seriesCharts.push(el); },
    "series-growth": function (el) { seriesGrowth(el, "ytd"); seriesCharts.push(el); }
  };
  document.querySelectorAll("[data-spark]").forEach(spark);
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var f = kinds[el.getAttribute("data-chart")];
    if (f) { f(el); }
  });
  document.querySelectorAll(".toggle [data-mode]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var mode = btn.getAttribute("data-mode");
      btn.parentNode.querySelectorAll("button").forEach(function (b) { b.classList.toggle("on", b === btn); });
      seriesCharts.forEach(function (el) {
        if (el.getAttribute("data-chart") === "series-value") { seriesValue(el, mode); } else { seriesGrowth(el, mode); }
      });
      document.body.setAttribute("data-mode", mode);
    });
  });
  if (dark) { rotate(); }
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener("beforeprint", function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute("data-charts-ready", String(charts.length));
})();
