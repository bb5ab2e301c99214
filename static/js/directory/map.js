/* Praktika: the directory's map (Leaflet with marker clustering).
 *
 * Everything comes from the page: the markers from a json_script element, the tile layer and
 * the translated labels from data- attributes of [data-directory-map]. Without this script the
 * map stays hidden and the list beside it offers everything. Without tiles (no URL, or tiles
 * that fail to load) the markers are still shown and a notice says the background is missing.
 */
(function () {
    "use strict";

    var REGION_CENTRE = [44.0, 24.3];
    var REGION_ZOOM = 7;
    var SINGLE_ZOOM = 14;

    function readMarkers(root) {
        var source = document.getElementById(root.dataset.markers);
        if (!source) {
            return [];
        }
        try {
            return JSON.parse(source.textContent) || [];
        } catch (error) {
            return [];
        }
    }

    function popupContent(item) {
        var box = document.createElement("div");
        box.className = "map-popup";
        var title = document.createElement("p");
        title.className = "map-popup__title";
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.name;
        title.appendChild(link);
        box.appendChild(title);
        if (item.place) {
            var place = document.createElement("p");
            place.className = "map-popup__place";
            place.textContent = item.place;
            box.appendChild(place);
        }
        if (item.services && item.services.length) {
            var list = document.createElement("ul");
            list.className = "map-popup__services";
            item.services.forEach(function (label) {
                var entry = document.createElement("li");
                entry.textContent = label;
                list.appendChild(entry);
            });
            box.appendChild(list);
        }
        return box;
    }

    function escapeHtml(text) {
        var span = document.createElement("span");
        span.textContent = text || "";
        return span.innerHTML;
    }

    // Clusters are buttons for the keyboard: they are named in the page's language.
    function clusterIcon(L, count, label) {
        var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
        return L.divIcon({
            html: '<div><span><span class="visually-hidden">' + escapeHtml(label) + " </span>" +
                count + "</span></div>",
            className: "marker-cluster marker-cluster-" + size,
            iconSize: L.point(44, 44)
        });
    }

    function showNotice(root) {
        var notice = root.querySelector("[data-map-notice]");
        if (notice) {
            notice.hidden = false;
        }
        root.classList.add("directory-map--no-tiles");
    }

    function setUpMap(root) {
        var L = window.L;
        var canvas = root.querySelector("[data-map-canvas]");
        if (!L || !canvas) {
            return;
        }
        var data = root.dataset;
        var items = readMarkers(root);
        root.hidden = false;

        L.Icon.Default.imagePath = data.imagePath;
        var map = L.map(canvas, {
            zoomControl: false,
            attributionControl: false,
            scrollWheelZoom: false,
            maxZoom: parseInt(data.tileMaxZoom, 10) || 18
        });
        L.control.zoom({ zoomInTitle: data.labelZoomIn, zoomOutTitle: data.labelZoomOut }).addTo(map);
        L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);

        if (data.tileUrl) {
            var failed = false;
            L.tileLayer(data.tileUrl, {
                attribution: data.tileAttribution,
                maxZoom: parseInt(data.tileMaxZoom, 10) || 18
            })
                .on("tileerror", function () {
                    if (!failed) {
                        failed = true;
                        showNotice(root);
                    }
                })
                .addTo(map);
        } else {
            showNotice(root);
        }

        var cluster = L.markerClusterGroup({
            showCoverageOnHover: false,
            iconCreateFunction: function (group) {
                return clusterIcon(L, group.getChildCount(), data.labelCluster);
            }
        });
        var byId = {};
        items.forEach(function (item) {
            var marker = L.marker([item.lat, item.lng], {
                title: item.name,
                alt: item.name || data.labelMarker
            });
            marker.bindPopup(popupContent(item));
            byId[String(item.id)] = marker;
            cluster.addLayer(marker);
        });
        map.addLayer(cluster);

        // Leaflet names its popup close button in English: use the page's language.
        map.on("popupopen", function (event) {
            var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
            if (close) {
                close.setAttribute("aria-label", data.labelClose);
                close.setAttribute("title", data.labelClose);
            }
        });

        if (items.length === 1) {
            map.setView([items[0].lat, items[0].lng], SINGLE_ZOOM);
        } else if (items.length) {
            map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 12 });
        } else {
            map.setView(REGION_CENTRE, REGION_ZOOM);
        }

        // "Show on map" buttons in the list: for sighted keyboard and mouse users.
        document.querySelectorAll("[data-show-on-map]").forEach(function (button) {
            var marker = byId[button.dataset.showOnMap];
            if (!marker) {
                return;
            }
            button.hidden = false;
            button.addEventListener("click", function () {
                root.scrollIntoView({ block: "nearest" });
                cluster.zoomToShowLayer(marker, function () {
                    marker.openPopup();
                    var link = marker.getPopup().getElement().querySelector(".map-popup a");
                    if (link) {
                        link.focus();
                    }
                });
            });
        });
        root.directoryMap = { map: map, markers: byId, cluster: cluster };
    }

    function start() {
        document.querySelectorAll("[data-directory-map]").forEach(setUpMap);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
