import { useEffect, useState } from 'react';

/**
 * The flow's speaker notes by step id, downloaded when presenter mode or the presenter window first needs them (a
 * deep link from the docs never does). Undefined while they load; a failed download shows as no notes.
 */
export function useSpeakerNotes(load?: () => Promise<Record<string, string>>): Record<string, string> | undefined {
  const [notes, setNotes] = useState<Record<string, string>>();
  useEffect(() => {
    let live = true;
    if (!load) setNotes({});
    else load().then((n) => live && setNotes(n), () => live && setNotes({}));
    return () => {
      live = false;
    };
  }, [load]);
  return notes;
}
