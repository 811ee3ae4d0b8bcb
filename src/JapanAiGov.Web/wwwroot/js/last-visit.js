// Marks what changed since the reader's last visit (docs/architecture.md, "Caching"). The dashboard is cached and the
// same for every reader, so the server never knows the reader: each row carries data-changed (a UTC instant) and this
// script compares it with the reader's own last visit, kept in this browser's localStorage and never sent anywhere.
// A visit is a run of page views less than 30 minutes apart; the marks stay for the whole visit.
(function () {
    "use strict";
    var visitKey = "japanaigov.visitAt";
    var seenKey = "japanaigov.seenAt";
    var gap = 30 * 60 * 1000;
    var store;
    try {
        store = window.localStorage;
        store.getItem(visitKey);
    } catch (e) {
        return; // storage blocked: nothing is marked
    }

    var now = Date.now();
    var lastView = Date.parse(store.getItem(visitKey) || "");
    var seen = Date.parse(store.getItem(seenKey) || "");
    if (isNaN(lastView) || now - lastView > gap) {
        // A new visit: what the reader has seen is everything up to the last page view of the previous one.
        seen = lastView;
        if (isNaN(seen)) {
            store.removeItem(seenKey);
        } else {
            store.setItem(seenKey, new Date(seen).toISOString());
        }
    }
    store.setItem(visitKey, new Date(now).toISOString());
    if (isNaN(seen)) {
        return; // a first visit: nothing is "new" to someone who has seen nothing
    }

    function mark() {
        var rows = document.querySelectorAll("[data-changed]");
        var marked = 0;
        for (var i = 0; i < rows.length; i++) {
            var changed = Date.parse(rows[i].getAttribute("data-changed"));
            if (!isNaN(changed) && changed > seen) {
                rows[i].classList.add("is-new");
                var badge = rows[i].querySelector(".new-badge");
                if (badge) {
                    badge.hidden = false;
                }
                marked++;
            }
        }
        var note = document.querySelector(".new-since");
        if (note && marked > 0) {
            note.hidden = false;
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", mark);
    } else {
        mark();
    }
})();
