import { useEffect } from 'react';
import { afterNextPaint } from '../app/afterNextPaint';

/** The tab's title, set after the frame that shows the page: the title is a synchronous call into the browser. */
export function useDocumentTitle(title: string) {
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = title;
      }),
    [title],
  );
}
