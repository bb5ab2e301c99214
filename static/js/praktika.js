/* Praktika: the header's menu and the filter panels collapse behind a button below 64em.
   Without this script both simply stay open. */
(function () {
    "use strict";

    var WIDE = window.matchMedia("(min-width: 64em)");

    /* A button that shows and hides a part of the page below 64em; from 64em the CSS shows
       that part whatever the state, so only the narrow layout needs the state kept. */
    function disclosure(root, toggle, collapsedClass) {
        function isOpen() {
            return toggle.getAttribute("aria-expanded") === "true";
        }

        function setOpen(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            root.classList.toggle(collapsedClass, !open);
        }

        toggle.hidden = false;
        setOpen(false);

        toggle.addEventListener("click", function () {
            setOpen(!isOpen());
        });

        root.addEventListener("keydown", function (event) {
            // Escape that closed something inside first (the search suggestions) stops there.
            if (event.key === "Escape" && !event.defaultPrevented && !WIDE.matches && isOpen()) {
                setOpen(false);
                toggle.focus();
            }
        });

        WIDE.addEventListener("change", function () {
            setOpen(false);
        });
    }

    function setUpMenu(header) {
        var toggle = header.querySelector("[data-site-nav-toggle]");
        if (toggle) {
            disclosure(header, toggle, "site-header--collapsed");
        }
    }

    /* Filters in use: a value chosen in a select that offers "All" (an empty value), a ticked
       box, a typed text. A panel whose filters are not form fields (links) says so itself in
       data-filter-count. */
    function countFilters(panel) {
        if (panel.dataset.filterCount) {
            return parseInt(panel.dataset.filterCount, 10) || 0;
        }
        var count = 0;
        panel.querySelectorAll("select, input").forEach(function (field) {
            if (field.disabled || field.hasAttribute("data-filter-ignore")) {
                return;
            }
            if (field.tagName === "SELECT") {
                var offersAll = Array.prototype.some.call(field.options, function (option) {
                    return option.value === "";
                });
                if (offersAll) {
                    count += Array.prototype.filter.call(field.selectedOptions, function (option) {
                        return option.value !== "";
                    }).length;
                }
            } else if (field.type === "checkbox" || field.type === "radio") {
                if (field.checked && field.value !== "") {
                    count += 1;
                }
            } else if (/^(text|search|number|date)$/.test(field.type) && field.value.trim()) {
                count += 1;
            }
        });
        return count;
    }

    function setUpFilterPanel(panel) {
        var toggle = panel.querySelector("[data-filter-panel-toggle]");
        if (!toggle) {
            return;
        }
        var label = toggle.querySelector("[data-filter-panel-label]");
        var count = countFilters(panel);
        if (label && count > 0) {
            label.textContent = label.dataset.labelCount.replace("{count}", String(count));
        }
        panel.classList.toggle("filter-panel--active", count > 0);
        disclosure(panel, toggle, "filter-panel--collapsed");
    }

    function init() {
        document.querySelectorAll("[data-site-header]").forEach(setUpMenu);
        document.querySelectorAll("[data-filter-panel]").forEach(setUpFilterPanel);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
