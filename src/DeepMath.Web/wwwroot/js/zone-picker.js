// Progressive enhancement of the time-zone <select>: a search box that picks the first matching zone.
// Without script the <select> alone works (type in it to jump), so the box stays hidden.
(function () {
    "use strict";
    document.querySelectorAll("input.zone-filter[data-zone-select]").forEach(function (box) {
        var select = document.getElementById(box.getAttribute("data-zone-select"));
        if (!select || box.dataset.ready) { return; }
        box.dataset.ready = "1";
        box.hidden = false;
        box.addEventListener("input", function () {
            var q = box.value.trim().toLowerCase().replace(/ /g, "_");
            if (!q) { return; }
            var options = Array.prototype.slice.call(select.options);
            var exact = options.find(function (o) { return o.value.toLowerCase() === q; });
            var match = exact || options.find(function (o) { return o.value.toLowerCase().indexOf(q) >= 0; });
            if (match) { select.value = match.value; }
        });
    });
})();
