// The location question's picker, as progressive enhancement: the latitude and longitude fields stay the answer.
// "Use my location" fills them from the device; with a tile service and Leaflet, a click or tap on the map (or
// Enter on its centre, after moving it with the arrow keys) fills them too, and typing in them moves the marker.
(function () {
  "use strict";

  function setUp(tools) {
    var id = tools.getAttribute("data-location-picker");
    var latitude = document.getElementById(id + "-latitude");
    var longitude = document.getElementById(id + "-longitude");
    var status = tools.querySelector(".location-status");
    if (!latitude || !longitude || !status) { return; }
    var text = function (name) { return tools.getAttribute("data-text-" + name) || ""; };
    var say = function (message) { status.textContent = message; };
    var map = null;
    var marker = null;

    function show(lat, lng) {
      if (!map) { return; }
      if (marker) { marker.setLatLng([lat, lng]); } else { marker = window.L.circleMarker([lat, lng], { radius: 10, weight: 3 }).addTo(map); }
    }
    function fill(lat, lng, message) {
      latitude.value = lat.toFixed(6);
      longitude.value = lng.toFixed(6);
      show(lat, lng);
      say(message);
    }
    function fromFields() {
      var lat = parseFloat(latitude.value);
      var lng = parseFloat(longitude.value);
      if (isFinite(lat) && isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
        show(lat, lng);
        if (map) { map.setView([lat, lng], Math.max(map.getZoom(), 16)); }
      }
    }

    var button = tools.querySelector(".location-use-mine");
    if (button && navigator.geolocation) {
      button.addEventListener("click", function () {
        say(text("locating"));
        navigator.geolocation.getCurrentPosition(function (position) {
          fill(position.coords.latitude, position.coords.longitude, text("located"));
          if (map) { map.setView([position.coords.latitude, position.coords.longitude], 17); }
        }, function () { say(text("failed")); }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
      });
    } else if (button) {
      button.parentNode.removeChild(button);
    }

    var container = tools.querySelector(".location-map");
    var tileURL = tools.getAttribute("data-tile-url");
    if (container && tileURL && window.L) {
      var centre = (tools.getAttribute("data-centre") || "56.49,-4.2,7").split(",").map(Number);
      map = window.L.map(container, { keyboard: true }).setView([centre[0], centre[1]], centre[2]);
      // The attribution is the council's configured text: set as text, never as markup.
      var credit = document.createElement("span");
      credit.textContent = tools.getAttribute("data-attribution") || "";
      window.L.tileLayer(tileURL, { attribution: credit.innerHTML, maxZoom: 19 }).addTo(map);
      map.on("click", function (event) { fill(event.latlng.lat, event.latlng.lng, text("marked")); });
      container.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && event.target === container) {
          event.preventDefault();
          var middle = map.getCenter();
          fill(middle.lat, middle.lng, text("marked"));
        }
      });
      var search = document.getElementById(id + "-postcode-search");
      var find = tools.querySelector(".location-find");
      var lookUp = function () {
        var postcode = search.value.trim();
        if (!postcode) { return; }
        fetch("/location/postcode?postcode=" + encodeURIComponent(postcode), { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (found) {
            if (found && found.found) {
              map.setView([found.latitude, found.longitude], 17);
              say(text("found"));
            } else {
              say(text("not-found"));
            }
          }, function () { say(text("not-found")); });
      };
      if (search && find && window.fetch) {
        find.addEventListener("click", lookUp);
        // Enter in the postcode box finds it rather than sending the whole form.
        search.addEventListener("keydown", function (event) {
          if (event.key === "Enter") { event.preventDefault(); lookUp(); }
        });
      } else if (search) {
        var group = tools.querySelector(".location-search");
        if (group) { group.parentNode.removeChild(group); }
      }
      latitude.addEventListener("change", fromFields);
      longitude.addEventListener("change", fromFields);
      fromFields();
    } else if (container) {
      var searchGroup = tools.querySelector(".location-search");
      if (searchGroup) { searchGroup.parentNode.removeChild(searchGroup); }
      var hint = document.getElementById(id + "-map-hint");
      if (hint) { hint.parentNode.removeChild(hint); }
      container.parentNode.removeChild(container);
    }
    // Nothing to offer (no geolocation, no map): the controls stay hidden and the fields do the work.
    if (!(button && button.parentNode) && !map) { return; }
    tools.hidden = false;
    if (map) { map.invalidateSize(); }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-location-picker]"), setUp);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
