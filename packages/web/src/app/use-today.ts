import { today } from '@fitiq/client';
import { useEffect, useState } from 'react';

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today in the browser's time zone; moves on at midnight while the page stays open. */
export const useToday = (): string => {
  const [day, setDay] = useState(() => today(browserTimeZone()));
  useEffect(() => {
    const timer = window.setInterval(() => setDay(today(browserTimeZone())), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return day;
};
