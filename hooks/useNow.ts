import { useEffect, useState } from 'react';
import { getDb } from '../utils/db/db';
import { now, watchClockOffset } from '../utils/settings/clock';

/**
 * The app clock as React state: follows the support clock offset and ticks
 * every `everyMs` so countdowns move while the panel is open.
 */
export function useNow(everyMs = 30_000): Date {
  const [instant, setInstant] = useState(now);
  useEffect(() => {
    const sub = watchClockOffset(getDb(), () => setInstant(now()));
    const timer = setInterval(() => setInstant(now()), everyMs);
    return () => {
      sub.unsubscribe();
      clearInterval(timer);
    };
  }, [everyMs]);
  return instant;
}
