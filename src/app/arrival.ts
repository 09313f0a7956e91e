/**
 * Whether the page on screen was reached by following a link inside the app. Such a page moves focus to its title,
 * as a new document would, so keyboard and screen-reader users start reading at the top of what they opened.
 */
let followedLink = false;

export function noteFollowedLink() {
  followedLink = true;
}

/** True once per followed link. */
export function takeFollowedLink(): boolean {
  const was = followedLink;
  followedLink = false;
  return was;
}
