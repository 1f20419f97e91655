'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * Which zone times can be printed in: 'utc' while the server renders a page (it does not know the
 * browser's zone) and while the browser hydrates that HTML, so both print the same; 'local' from
 * the next render on. Components that print times a page reads on the server use it (with a
 * "UTC" mark while it says so); the others print local time from the start.
 */
export function useLocalTime(): 'local' | 'utc' {
  return useSyncExternalStore(
    never,
    () => 'local',
    () => 'utc',
  );
}
