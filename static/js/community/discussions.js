// Discussions: the "Quote" link fills the reply box instead of opening the reply page.
(function () {
    "use strict";

    function quoteText(name, body, wroteLabel) {
        var lines = body.replace(/\s+$/, "").split(/\r?\n/).map(function (line) {
            return ("> " + line).replace(/\s+$/, "");
        });
        if (name) {
            lines.unshift("> " + wroteLabel.replace("%(name)s", name));
        }
        return lines.join("\n") + "\n\n";
    }

    document.addEventListener("DOMContentLoaded", function () {
        var form = document.querySelector(".discussion-reply form");
        if (!form) {
            return;
        }
        var box = form.querySelector("textarea[name=body]");
        var quotedField = form.querySelector("input[name=quoted]");
        var wroteLabel = form.getAttribute("data-wrote-label") || "@%(name)s:";
        document.querySelectorAll(".discussion-post__quote").forEach(function (link) {
            link.addEventListener("click", function (event) {
                var source = document.getElementById("post-" + link.dataset.post + "-source");
                if (!source || !box) {
                    return;
                }
                event.preventDefault();
                var text = quoteText(source.dataset.author, source.value, wroteLabel);
                box.value = box.value ? box.value.replace(/\s*$/, "\n\n") + text : text;
                if (quotedField) {
                    quotedField.value = link.dataset.post;
                }
                box.focus();
                box.setSelectionRange(box.value.length, box.value.length);
                box.scrollIntoView({ block: "center" });
            });
        });
    });
})();
