/// The UI's only script, served at `/ui/assets/app.js`: live updates of the trace list with a pause switch,
/// collapsing span subtrees, copy buttons. Every page works without it.
enum Script {
    static let javascript = #"""
        "use strict";
        (function () {
          // Live updates of the trace list: refetch the rows every few seconds unless paused or on a later page.
          const body = document.querySelector("tbody[data-live]");
          const toggle = document.getElementById("live-toggle");
          const state = document.getElementById("live-state");
          if (body && toggle && state) {
            let paused = sessionStorage.getItem("windsock.paused") === "1";
            const show = function () {
              toggle.textContent = paused ? "Resume" : "Pause";
              state.classList.toggle("paused", paused);
              state.lastChild.textContent = paused ? "paused" : "live";
            };
            show();
            toggle.hidden = false;
            state.hidden = false;
            toggle.addEventListener("click", function () {
              paused = !paused;
              sessionStorage.setItem("windsock.paused", paused ? "1" : "0");
              show();
            });
            const refresh = function () {
              if (paused || document.hidden) return;
              fetch(body.dataset.live, { credentials: "same-origin", headers: { "Accept": "text/html" } })
                .then(function (response) {
                  // A redirect means the sign-in expired: leave the rows as they are.
                  return response.ok && !response.redirected ? response.text() : null;
                })
                .then(function (html) {
                  if (html === null || paused) return;
                  const doc = new DOMParser().parseFromString("<table><tbody>" + html + "</tbody></table>", "text/html");
                  const fresh = doc.querySelector("tbody");
                  if (fresh) body.replaceChildren.apply(body, Array.from(fresh.children));
                })
                .catch(function () {});
            };
            setInterval(refresh, 3000);
          }

          // Collapse and expand span subtrees: rows carry their depth; a subtree is the rows after it that are deeper.
          document.querySelectorAll("button.toggle").forEach(function (button) {
            button.addEventListener("click", function () {
              const row = button.closest(".span-row");
              const depth = Number(row.dataset.depth);
              const collapse = button.getAttribute("aria-expanded") === "true";
              button.setAttribute("aria-expanded", collapse ? "false" : "true");
              button.textContent = collapse ? "\u25B8" : "\u25BE";
              let next = row.nextElementSibling;
              const hiddenBelow = [];
              while (next && Number(next.dataset.depth) > depth) {
                if (collapse) {
                  next.hidden = true;
                } else {
                  const nd = Number(next.dataset.depth);
                  while (hiddenBelow.length && hiddenBelow[hiddenBelow.length - 1] >= nd) hiddenBelow.pop();
                  next.hidden = hiddenBelow.length > 0;
                  const inner = next.querySelector("button.toggle");
                  if (inner && inner.getAttribute("aria-expanded") === "false") hiddenBelow.push(nd);
                }
                next = next.nextElementSibling;
              }
            });
          });

          // Copy buttons: data-copy holds the text.
          document.querySelectorAll("button[data-copy]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
              if (!navigator.clipboard) return;
              navigator.clipboard.writeText(button.dataset.copy).then(function () {
                const label = button.textContent;
                button.textContent = "copied";
                setTimeout(function () { button.textContent = label; }, 1200);
              });
            });
          });
        })();
        """#
}
