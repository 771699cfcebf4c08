// The room's page on a phone: join (by the QR link's token or the code), then write notes,
// and during a vote give dots to notes.
// Plain JavaScript, no library, nothing fetched from elsewhere. Text from the server is put
// on the page with textContent only: it is never read as HTML.
"use strict";

const WORDS = {
  da: {
    welcome: "Velkommen", other_language: "English",
    join_heading: "Deltag i workshoppen", code_label: "Skriv koden, der står på skærmen",
    join: "Deltag", side_legend: "Hvor kommer du fra?", note_label: "Din note",
    send: "Send noten", sending: "Sender …", sent: "Sendt. Tak! Skriv gerne en note mere.",
    anonymous: "Noten sendes uden dit navn. Den, der leder workshoppen, ser den, før den kommer op.",
    closed_heading: "Rummet er lukket",
    closed_text: "Workshoppen tager ikke imod noter fra telefoner lige nu. Tak for dine noter.",
    chars_left: "{n} tegn tilbage", no_question: "Vent et øjeblik: der er ikke åbnet et spørgsmål endnu.",
    wrong_code: "Koden passer ikke. Prøv igen.",
    locked: "For mange forkerte forsøg. Vent {n} sekunder, og prøv igen.",
    code_closed: "Der kan ikke deltages med kode længere. Scan QR-koden på skærmen.",
    wrong_link: "Linket virker ikke længere. Skriv koden, der står på skærmen.",
    too_fast: "Du sender meget hurtigt. Vent lidt, og send igen.",
    too_large: "Noten er for lang.", too_long: "Noten er for lang.", empty: "Skriv noten først.",
    bad_side: "Vælg, hvor du kommer fra.", full: "Der er ikke plads til flere telefoner.",
    not_sent: "Noten blev ikke sendt. Tjek forbindelsen, og prøv igen.",
    vote_heading: "Afstemning",
    vote_help: "Giv dine prikker til de noter, du synes er vigtigst. Ingen kan se, hvem der har stemt på hvad.",
    dots_left_one: "1 prik tilbage", dots_left: "{n} prikker tilbage",
    your_dots: "Dine prikker: {n}", total: "I alt: {n}",
    add_dot: "Giv en prik til: {text}", remove_dot: "Tag en prik fra: {text}",
    vote_closed: "Afstemningen er lukket. Tak for dine prikker.",
    vote_revealed: "Resultatet er vist.",
    no_dots_left: "Du har ikke flere prikker. Tag en prik fra en anden note først.",
    note_limit: "Den note kan ikke få flere af dine prikker.",
    no_dot_here: "Du har ingen prik på den note.",
    not_on_ballot: "Den note er ikke med i afstemningen.", no_vote: "Der er ingen afstemning lige nu.",
    vote_not_sent: "Prikken blev ikke sendt. Tjek forbindelsen, og prøv igen.",
    error: "Noget gik galt. Prøv igen."
  },
  en: {
    welcome: "Welcome", other_language: "Dansk",
    join_heading: "Join the workshop", code_label: "Type the code shown on the screen",
    join: "Join", side_legend: "Where are you from?", note_label: "Your note",
    send: "Send the note", sending: "Sending …", sent: "Sent. Thank you! Feel free to write another.",
    anonymous: "The note is sent without your name. The facilitator sees it before it goes up.",
    closed_heading: "The room is closed",
    closed_text: "The workshop is not taking notes from phones right now. Thank you for your notes.",
    chars_left: "{n} characters left", no_question: "One moment: no question has been opened yet.",
    wrong_code: "That code is not right. Try again.",
    locked: "Too many wrong tries. Wait {n} seconds and try again.",
    code_closed: "Joining by code is closed. Scan the QR code on the screen.",
    wrong_link: "The link no longer works. Type the code shown on the screen.",
    too_fast: "You are sending very fast. Wait a little and send again.",
    too_large: "The note is too long.", too_long: "The note is too long.", empty: "Write the note first.",
    bad_side: "Choose where you are from.", full: "There is no room for more phones.",
    not_sent: "The note was not sent. Check the connection and try again.",
    vote_heading: "Vote",
    vote_help: "Give your dots to the notes you find most important. No one can see who voted for what.",
    dots_left_one: "1 dot left", dots_left: "{n} dots left",
    your_dots: "Your dots: {n}", total: "Total: {n}",
    add_dot: "Give a dot to: {text}", remove_dot: "Take a dot from: {text}",
    vote_closed: "The vote is closed. Thank you for your dots.",
    vote_revealed: "The result is shown.",
    no_dots_left: "You have no dots left. Take a dot from another note first.",
    note_limit: "That note cannot get more of your dots.",
    no_dot_here: "You have no dot on that note.",
    not_on_ballot: "That note is not in the vote.", no_vote: "There is no vote right now.",
    vote_not_sent: "The dot was not sent. Check the connection and try again.",
    error: "Something went wrong. Try again."
  }
};

const $ = (id) => document.getElementById(id);
let lang = chooseLanguage();
let state = null;
let pendingNonce = null; // kept until the note is sent, so a retry is not taken twice
let lastStatus = null;

function chooseLanguage() {
  const kept = localStorage.getItem("tvaers-room-lang");
  if (kept === "da" || kept === "en") return kept;
  const wanted = (navigator.languages || [navigator.language || "da"]).join(",").toLowerCase();
  return /^(da|nb|nn|no|sv)/.test(wanted) || !/^en/.test(wanted) ? "da" : "en";
}

function t(key, n, text) {
  const words = WORDS[lang][key] || WORDS[lang].error;
  const counted = n === undefined ? words : words.replace("{n}", String(n));
  return text === undefined ? counted : counted.replace("{text}", () => text);
}

function showWords() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  const other = lang === "da" ? "en" : "da";
  $("language").textContent = t("other_language");
  $("language").lang = other;
  if (state) showState(state);
  if (lastStatus) say(lastStatus.key, lastStatus.ok, lastStatus.n);
  updateCount();
}

function say(key, ok, n) {
  lastStatus = key ? { key, ok, n } : null;
  const status = $("status");
  status.textContent = key ? t(key, n) : "";
  status.className = key ? (ok ? "ok" : "error") : "";
}

function show(section) {
  for (const id of ["join", "write", "closed"]) $(id).hidden = id !== section;
  if (section !== "write") $("vote").hidden = true;
}

async function api(method, path, body) {
  const headers = { "Content-Type": "application/json" };
  const ticket = sessionStorage.getItem("tvaers-room-ticket");
  if (ticket) headers["X-Room-Ticket"] = ticket;
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store", credentials: "omit"
  });
  let data = {};
  try { data = await response.json(); } catch (_e) { data = {}; }
  return { status: response.status, data };
}

async function join(body) {
  const { status, data } = await api("POST", "/api/join", body);
  if (status === 200 && data.ticket) {
    sessionStorage.setItem("tvaers-room-ticket", data.ticket);
    return true;
  }
  say(data.error || "error", false, data.seconds);
  return false;
}

function showState(s) {
  $("title").textContent = s.title || t("welcome");
  document.title = (s.title ? s.title + " – " : "") + "Tværs";
  $("question").textContent = s.question ? s.question.title : t("no_question");
  $("prompt").textContent = s.question ? s.question.prompt : "";
  $("note").maxLength = s.max_chars;
  const sides = $("sides");
  if (sides.querySelectorAll("input").length !== s.sides.length) {
    sides.querySelectorAll("label").forEach((el) => el.remove());
    const chosen = sessionStorage.getItem("tvaers-room-side");
    for (const side of s.sides) {
      const label = document.createElement("label");
      label.className = "side";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "side";
      input.value = side.key;
      input.required = true;
      input.checked = side.key === chosen;
      input.addEventListener("change", () => sessionStorage.setItem("tvaers-room-side", side.key));
      const words = document.createElement("span");
      label.append(input, words);
      sides.append(label);
    }
  }
  sides.querySelectorAll("label.side").forEach((label, i) => {
    label.querySelector("span").textContent = s.sides[i][lang];
  });
  updateCount();
  showVote(s.vote);
}

// -- the vote: the notes with + and − per note; the dots left; the results once revealed --

let ballotNumber = null;

function showVote(vote) {
  const section = $("vote");
  if (!vote) { section.hidden = true; ballotNumber = null; return; }
  section.hidden = false;
  const list = $("ballot");
  if (ballotNumber !== vote.number) { // a new vote: the list anew; else updated in place (focus stays)
    ballotNumber = vote.number;
    list.replaceChildren();
    for (const note of vote.notes) {
      const item = document.createElement("li");
      item.className = "ballot-note";
      const text = document.createElement("p");
      text.className = "ballot-text";
      const counts = document.createElement("p");
      counts.className = "ballot-count";
      const minus = document.createElement("button");
      minus.type = "button";
      minus.className = "dot minus";
      minus.textContent = "−";
      minus.addEventListener("click", () => castDot(note.id, -1));
      const plus = document.createElement("button");
      plus.type = "button";
      plus.className = "dot plus";
      plus.textContent = "+";
      plus.addEventListener("click", () => castDot(note.id, 1));
      const buttons = document.createElement("div");
      buttons.className = "dot-buttons";
      buttons.append(minus, counts, plus);
      item.append(text, buttons);
      list.append(item);
    }
  }
  vote.notes.forEach((note, i) => {
    const item = list.children[i];
    item.querySelector(".ballot-text").textContent = note.text;
    const counts = [t("your_dots", note.mine)];
    if (vote.revealed) counts.push(t("total", note.total));
    item.querySelector(".ballot-count").textContent = counts.join(" · ");
    const plus = item.querySelector(".plus");
    const minus = item.querySelector(".minus");
    plus.setAttribute("aria-label", t("add_dot", undefined, note.text));
    minus.setAttribute("aria-label", t("remove_dot", undefined, note.text));
    const full = vote.per_note !== null && note.mine >= vote.per_note;
    plus.disabled = !vote.open || vote.left <= 0 || full;
    minus.disabled = !vote.open || note.mine <= 0;
  });
  let left = vote.left === 1 ? t("dots_left_one") : t("dots_left", vote.left);
  if (!vote.open) left = t("vote_closed");
  else if (vote.revealed) left += " " + t("vote_revealed");
  $("dots-left").textContent = left;
}

async function castDot(noteId, change) {
  const body = { note: noteId, change, nonce: nonce(), vote: ballotNumber };
  for (let attempt = 0; attempt < 2; attempt++) { // a retry sends the same nonce: counted once
    try {
      const { status, data } = await api("POST", "/api/votes", body);
      if (status === 401) { show("join"); say("wrong_link", false); return; }
      if (data.vote && state) { state.vote = data.vote; showVote(data.vote); }
      if (status === 200) say(null); else say(data.error || "error", false);
      return;
    } catch (_e) {
      // the connection dropped: try once more with the same nonce
    }
  }
  say("vote_not_sent", false);
}

function updateCount() {
  const max = state ? state.max_chars : 500;
  $("count").textContent = t("chars_left", Math.max(0, max - $("note").value.length));
}

async function refresh() {
  try {
    const { status, data } = await api("GET", "/api/state");
    if (status === 401) { show("join"); return false; }
    if (status !== 200) return true;
    state = data;
    showState(data);
    if ($("write").hidden) show("write");
    return true;
  } catch (_e) {
    // The laptop stopped listening: the facilitator closed the room.
    state = null;
    say(null);
    show("closed");
    return false;
  }
}

function nonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sendNote(event) {
  event.preventDefault();
  const text = $("note").value;
  const side = document.querySelector("input[name=side]:checked");
  if (!side) { say("bad_side", false); return; }
  if (!text.trim()) { say("empty", false); return; }
  pendingNonce = pendingNonce || nonce();
  const button = $("note-form").querySelector("button");
  button.disabled = true;
  say("sending", true);
  try {
    const { status, data } = await api("POST", "/api/notes", { text, side: side.value, nonce: pendingNonce });
    if (status === 200) {
      pendingNonce = null;
      $("note").value = "";
      updateCount();
      say("sent", true);
    } else if (status === 401) {
      show("join");
      say("wrong_link", false);
    } else {
      say(data.error || "error", false);
    }
  } catch (_e) {
    say("not_sent", false);
  } finally {
    button.disabled = false;
  }
}

async function start() {
  $("language").addEventListener("click", () => {
    lang = lang === "da" ? "en" : "da";
    localStorage.setItem("tvaers-room-lang", lang);
    showWords();
  });
  $("note").addEventListener("input", () => { pendingNonce = null; updateCount(); });
  $("note-form").addEventListener("submit", sendNote);
  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await join({ code: $("code").value.trim() })) {
      say(null);
      await refresh();
    }
  });
  showWords();
  const link = location.pathname.match(/^\/r\/([A-Za-z0-9_-]+)$/);
  if (link) {
    history.replaceState(null, "", "/"); // the token does not stay on the screen
    try {
      await join({ token: link[1] });
    } catch (_e) {
      show("closed");
      return;
    }
  }
  await refresh();
  setInterval(poll, 4000);
}

async function poll() {
  if ($("closed").hidden && $("join").hidden) await refresh();
}

document.addEventListener("DOMContentLoaded", start);
