'use client';

import { useState } from 'react';

/**
 * Local state that follows `value` (usually from the URL) whenever `value` changes, so a control
 * shows the user's choice at once instead of waiting for the URL round trip to re-render it.
 * `value` must be a primitive (compare arrays by a joined key).
 */
export function useSyncedState<T extends string | number | boolean>(value: T): [T, (v: T) => void] {
  const [state, setState] = useState(value);
  const [prev, setPrev] = useState(value);
  if (prev !== value) {
    setPrev(value);
    setState(value);
  }
  return [state, setState];
}
