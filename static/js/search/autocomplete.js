/*
 * Suggestions under every search box with data-autocomplete-url: the ARIA 1.2 combobox with a
 * listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). The focus stays in the
 * box; the arrow keys move through the options, Enter opens the chosen one, Escape closes the
 * list. Without this script the box is a plain search form. The texts come from data-
 * attributes the template translated.
 */
(function () {
    "use strict";

    var DELAY = 250;
    var MIN_LENGTH = 2;
    var REMEMBERED = 50;
    var boxes = 0;

    function setUp(input) {
        boxes += 1;
        var texts = input.dataset;
        var listId = (input.id || "search-box-" + boxes) + "-suggestions";
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var options = [];
        var active = -1;
        var timer = null;
        var controller = null;
        var shownFor = null;
        var remembered = {};
        var rememberedOrder = [];

        list.id = listId;
        list.className = "autocomplete";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", texts.autocompleteLabel || "");
        list.hidden = true;
        status.className = "autocomplete__status";
        status.setAttribute("role", "status");
        input.parentNode.appendChild(list);
        input.parentNode.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        function isOpen() {
            return !list.hidden;
        }

        function open() {
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            setActive(-1);
        }

        function setActive(index) {
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "false");
            }
            active = index;
            if (index < 0) {
                input.removeAttribute("aria-activedescendant");
                return;
            }
            var option = options[index];
            option.setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", option.id);
            option.scrollIntoView({ block: "nearest" });
        }

        function follow(option) {
            close();
            window.location.assign(option.dataset.url);
        }

        function addOption(title, detail, url, language, isTag) {
            var option = document.createElement("li");
            var titleText = document.createElement("span");
            var detailText = document.createElement("span");
            option.id = listId + "-" + options.length;
            option.className = "autocomplete__option" + (isTag ? " autocomplete__option--tag" : "");
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.dataset.url = url;
            titleText.className = "autocomplete__title";
            titleText.textContent = title;
            if (language) {
                titleText.lang = language;
            }
            detailText.className = "autocomplete__kind";
            detailText.textContent = detail || "";
            option.appendChild(titleText);
            if (detail) {
                option.appendChild(document.createTextNode(" "));
                option.appendChild(detailText);
            }
            // Pressing the mouse button would take the focus out of the box and close the list.
            option.addEventListener("mousedown", function (event) {
                event.preventDefault();
            });
            option.addEventListener("click", function () {
                follow(option);
            });
            list.appendChild(option);
            options.push(option);
        }

        function show(query, data) {
            list.textContent = "";
            options = [];
            active = -1;
            input.removeAttribute("aria-activedescendant");
            (data.results || []).forEach(function (item) {
                addOption(item.title, item.kind_label, item.url, item.language, false);
            });
            (data.tags || []).forEach(function (tag) {
                addOption(tag.name, texts.autocompleteTopic, tag.url, "", true);
            });
            shownFor = query;
            if (options.length) {
                open();
                status.textContent = texts.autocompleteAvailable || "";
            } else {
                close();
                status.textContent = texts.autocompleteNone || "";
            }
        }

        function remember(query, data) {
            if (!(query in remembered)) {
                rememberedOrder.push(query);
                if (rememberedOrder.length > REMEMBERED) {
                    delete remembered[rememberedOrder.shift()];
                }
            }
            remembered[query] = data;
        }

        function suggest() {
            var query = input.value.trim();
            if (controller) {
                controller.abort();
                controller = null;
            }
            if (query.length < MIN_LENGTH) {
                shownFor = null;
                close();
                status.textContent = "";
                return;
            }
            if (query === shownFor) {
                open();
                return;
            }
            if (query in remembered) {
                show(query, remembered[query]);
                return;
            }
            var url = new URL(texts.autocompleteUrl, window.location.href);
            url.searchParams.set("q", query);
            controller = new AbortController();
            fetch(url.toString(), {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller.signal,
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status);
                    }
                    return response.json();
                })
                .then(function (data) {
                    remember(query, data);
                    if (input.value.trim() === query && document.activeElement === input) {
                        show(query, data);
                    }
                })
                .catch(function () {
                    // Aborted or failed: the reader can still submit the form.
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(suggest, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) {
                return;
            }
            switch (event.key) {
                case "ArrowDown":
                    event.preventDefault();
                    if (!isOpen()) {
                        if (input.value.trim() === shownFor && options.length) {
                            open();
                            setActive(0);
                        } else {
                            window.clearTimeout(timer);
                            suggest();
                        }
                    } else {
                        setActive(active + 1 < options.length ? active + 1 : 0);
                    }
                    break;
                case "ArrowUp":
                    if (isOpen()) {
                        event.preventDefault();
                        setActive(active > 0 ? active - 1 : options.length - 1);
                    }
                    break;
                case "Enter":
                    if (isOpen() && active >= 0) {
                        event.preventDefault();
                        follow(options[active]);
                    }
                    break;
                case "Escape":
                    if (isOpen()) {
                        event.preventDefault();
                        close();
                    }
                    break;
                case "Tab":
                    close();
                    break;
            }
        });

        input.addEventListener("blur", close);
    }

    function init() {
        if (!window.fetch || !window.AbortController) {
            return;
        }
        document.querySelectorAll("input[data-autocomplete-url]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
