import { createContext, useContext, type AnchorHTMLAttributes } from 'react';

/** How an in-app href is followed. The app routes it without a reload; outside a router it is a plain link. */
export const NavigateContext = createContext<(href: string) => void>((href) => window.location.assign(href));

/** A real link (copyable, opens in a new tab) that stays inside the single-page app on a plain click. */
export function SpaLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigate = useContext(NavigateContext);
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}
