/* Praktika: the small-screen menu toggle. Without this script the menu simply stays open. */
(function () {
    "use strict";

    var WIDE = window.matchMedia("(min-width: 48em)");

    function setUpMenu(nav) {
        var toggle = nav.querySelector("[data-site-nav-toggle]");
        if (!toggle) {
            return;
        }

        function setOpen(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            nav.classList.toggle("site-nav--collapsed", !open);
        }

        toggle.hidden = false;
        setOpen(WIDE.matches);

        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });

        nav.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && !WIDE.matches && toggle.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                toggle.focus();
            }
        });

        WIDE.addEventListener("change", function (event) {
            setOpen(event.matches);
        });
    }

    function init() {
        document.querySelectorAll("[data-site-nav]").forEach(setUpMenu);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
