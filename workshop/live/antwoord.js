/* The answer page without a reload: a tap on a statement's button posts that one answer and
   marks it, instead of loading the whole page again. Without this script the same forms post
   and reload (every browser, with or without JavaScript, can answer).

   Served from this server only (the Content-Security-Policy allows no other script and no
   inline script). It never puts text into the page as HTML: the server's replies (the
   answer in words, how far, and who: the first answer gives a number) are set as text. When
   anything goes wrong the form is posted as without script, so the phone shows the server's
   own page (too fast, closed, refused).

   When the page is looked at again (the phone unlocked, the tab back in front) it asks the
   server for the news: the totals the facilitator revealed meanwhile appear without a reload,
   and those hidden again go.
   Nothing is asked while nobody looks: the phones of a room add no load to the laptop. */
"use strict";

function news(said) {
  var stand = document.querySelector(".stand");
  if (stand) { stand.textContent = said.stand; }
  var wie = document.querySelector(".wie");
  if (wie && said.wie && wie.textContent !== said.wie) { wie.textContent = said.wie; }
  Object.keys(said.uitslag || {}).forEach(function (id) {
    var section = document.getElementById(id);
    if (!section || !section.classList.contains("vraag")) { return; }
    var totals = section.querySelector(".uitslag");
    if (said.uitslag[id] === null) {  /* not revealed (again): no totals */
      if (totals) { totals.remove(); }
      return;
    }
    if (!totals) {
      totals = document.createElement("p");
      totals.className = "uitslag";
      section.appendChild(totals);
    }
    totals.textContent = said.uitslag[id];
  });
}

function post(form, button) {
  var data = new URLSearchParams(new FormData(form));
  data.set(button.name, button.value);
  var buttons = form.querySelectorAll("button");
  buttons.forEach(function (b) { b.disabled = true; });
  fetch(form.action, {
    method: "POST",
    body: data,
    headers: { "Accept": "application/json" },
    credentials: "same-origin",
    cache: "no-store"
  }).then(function (reply) {
    if (!reply.ok) { throw new Error(String(reply.status)); }
    return reply.json();
  }).then(function (said) {
    buttons.forEach(function (b) {
      var chosen = b === button;
      b.classList.toggle("gekozen", chosen);
      if (chosen) { b.setAttribute("aria-pressed", "true"); } else { b.removeAttribute("aria-pressed"); }
      b.disabled = false;
    });
    var section = form.closest("section");
    var own = section.querySelector(".eigen");
    if (!own) {
      own = document.createElement("p");
      own.className = "klein eigen";
      form.after(own);
    }
    own.textContent = said.antwoord;
    news(said);
  }).catch(function () {
    var value = document.createElement("input");
    value.type = "hidden";
    value.name = button.name;
    value.value = button.value;
    form.appendChild(value);
    form.submit();
  });
}

document.addEventListener("submit", function (event) {
  var form = event.target;
  var button = event.submitter;
  if (!form.classList.contains("antwoord") || !button || !window.fetch) { return; }
  event.preventDefault();
  post(form, button);
});

document.addEventListener("visibilitychange", function () {
  if (document.visibilityState !== "visible" || !window.fetch) { return; }
  fetch("nieuws", { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
    .then(function (reply) { return reply.ok ? reply.json() : null; })
    .then(function (said) { if (said) { news(said); } })
    .catch(function () {});
});
