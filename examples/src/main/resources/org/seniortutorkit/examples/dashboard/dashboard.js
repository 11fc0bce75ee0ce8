// Draws the dashboard's charts from the JSON data island as inline SVG. No libraries, no network.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLOURS = { load: "#0072B2", over: "#D55E00", week: "#56B4E9", month: "#E69F00", older: "#D55E00" };
  var errors = [];
  window.addEventListener("error", function (e) {
    errors.push(String(e.message));
    document.body.setAttribute("data-errors", errors.join(" | "));
  });

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function shorten(text) {
    return text.length > 26 ? text.slice(0, 25) + "…" : text;
  }

  function horizontalBars(svg, rows, options) {
    var labelWidth = 180, barHeight = 18, gap = 6, width = 720;
    var max = Math.max.apply(null, rows.map(options.max).concat([1]));
    var scale = (width - labelWidth - 140) / max;
    svg.setAttribute("viewBox", "0 0 " + width + " " + Math.max(rows.length * (barHeight + gap), barHeight));
    rows.forEach(function (row, i) {
      var y = i * (barHeight + gap);
      svg.appendChild(el("text", { x: labelWidth - 8, y: y + 13, "text-anchor": "end" }, shorten(options.label(row))));
      var x = labelWidth;
      options.segments(row).forEach(function (segment) {
        if (segment.value <= 0) { return; }
        var bar = el("rect", { x: x, y: y, width: segment.value * scale, height: barHeight,
                               fill: segment.colour, "class": "bar" });
        bar.appendChild(el("title", {}, options.label(row) + ": " + segment.name + " " + segment.value));
        svg.appendChild(bar);
        x += segment.value * scale;
      });
      var note = svg.appendChild(el("text", { x: x + 6, y: y + 13 }, options.note(row)));
      if (options.tick) {
        var tx = labelWidth + options.tick(row) * scale;
        svg.appendChild(el("line", { x1: tx, x2: tx, y1: y - 2, y2: y + barHeight + 2, stroke: "#1a1a1a",
                                     "stroke-width": 2, "class": "capacity" }));
        // A note the tick would cross moves past the tick, so neither hides the other.
        if (x + 6 < tx + 2 && x + 6 + note.getComputedTextLength() > tx - 2) {
          note.setAttribute("x", tx + 6);
        }
      }
    });
    svg.setAttribute("data-rendered", String(rows.length));
  }

  var data = JSON.parse(document.getElementById("dashboard-data").textContent);

  horizontalBars(document.getElementById("loads-chart"), data.tutorLoads, {
    label: function (r) { return r.tutor; },
    max: function (r) { return Math.max(r.tutees, r.capacity); },
    tick: function (r) { return r.capacity; },
    segments: function (r) {
      return [{ name: "tutees", value: r.tutees, colour: r.tutees > r.capacity ? COLOURS.over : COLOURS.load }];
    },
    note: function (r) {
      return r.tutees + " / " + r.capacity + (r.tutees > r.capacity ? " over capacity" : "")
          + (r.unavailable ? " (" + r.unavailable + ")" : "");
    }
  });

  horizontalBars(document.getElementById("cases-chart"), data.openCases, {
    label: function (r) { return r.kind; },
    max: function (r) { return r.upToAWeek + r.upToAMonth + r.older; },
    segments: function (r) {
      return [{ name: "up to a week", value: r.upToAWeek, colour: COLOURS.week },
              { name: "up to a month", value: r.upToAMonth, colour: COLOURS.month },
              { name: "older", value: r.older, colour: COLOURS.older }];
    },
    note: function (r) { return String(r.upToAWeek + r.upToAMonth + r.older); }
  });

  document.body.setAttribute("data-ready", "true");
})();
