// claimdiff HTML report: filters the findings by kind and category, and
// lights up a finding's (or a timeline date's) words in every version.
// The page is self-contained: this script loads nothing and reads only the
// ids and data attributes the report itself writes.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));

  function checked(name) {
    var on = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      on[input.value] = input.checked;
    });
    return on;
  }

  function filter() {
    var kinds = checked("kind");
    var categories = checked("category");
    var shown = 0;
    findings.forEach(function (f) {
      var show = kinds[f.dataset.kind] !== false && categories[f.dataset.category] !== false;
      f.hidden = !show;
      if (show) shown += 1;
    });
    form.querySelector(".shown").textContent =
      shown + " of " + findings.length + " findings shown";
  }

  // Scrolls each version's text to its first lit value (else sentence),
  // then (on a click) brings the versions into view if they are off screen.
  function reveal(story, page) {
    story.querySelectorAll(".version .text").forEach(function (text) {
      var first = text.querySelector(".on") || text.querySelector(".ctx");
      if (first) text.scrollTop = Math.max(0, first.offsetTop - text.clientHeight / 3);
    });
    if (!page) return;
    var versions = story.querySelector(".versions");
    var box = versions.getBoundingClientRect();
    if (box.top > window.innerHeight || box.bottom < 0) versions.scrollIntoView();
  }

  // Lights up the words of one finding in every version of its story: its
  // values get `on`, the sentences it cites `ctx`; a timeline date's
  // mentions get `on`.
  function select(item, page) {
    document.querySelectorAll(".on, .ctx, .sel").forEach(function (e) {
      e.classList.remove("on", "ctx", "sel");
    });
    item.classList.add("sel");
    var story = item.closest(".story");
    var finding = item.classList.contains("finding");
    var id = finding ? item.id : item.dataset.t;
    var classes = finding ? { v: "on", c: "ctx" } : { t: "on" };
    Object.keys(classes).forEach(function (attr) {
      story.querySelectorAll(".version [data-" + attr + "~='" + id + "']").forEach(function (e) {
        e.classList.add(classes[attr]);
      });
    });
    reveal(story, page);
  }

  function selectable(target) {
    return target.closest(".finding, .timeline li[data-t]");
  }

  document.addEventListener("click", function (event) {
    var item = selectable(event.target);
    if (item) return select(item, true);
    // A click on a marked value selects its (first) finding.
    var mark = event.target.closest("mark[data-v]");
    if (mark) {
      var finding = document.getElementById(mark.dataset.v.split(" ")[0]);
      if (finding) {
        select(finding, false);
        finding.scrollIntoView({ block: "nearest" });
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    var item = selectable(event.target);
    if (item && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(item, true);
    }
  });
  form.addEventListener("change", filter);
  filter();

  // report.html#F3 opens with finding F3 selected.
  var wanted = location.hash && document.getElementById(location.hash.slice(1));
  if (wanted && selectable(wanted)) select(wanted, false);
})();
