// Applies the remembered colour scheme (or the system one) before React mounts, so a dark-mode
// user never sees a white flash. Mantine's colorSchemeManager writes the same localStorage key.
(() => {
  let saved = null;
  try {
    saved = window.localStorage.getItem("orrery-color-scheme");
  } catch {
    saved = null;
  }
  const systemDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  const scheme = saved === "light" || saved === "dark" ? saved : systemDark ? "dark" : "light";
  document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
})();
