import type { MouseEvent } from "react";

export const MAIN_CONTENT_ID = "main-content";

/**
 * The first stop for keyboard users: jumps past the header and navigation. It moves focus itself
 * because a bare `#main-content` link would not focus the element in every browser.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
