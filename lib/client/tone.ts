/** How a status or figure is coloured: the UI's five tones. */
export type Tone = 'neutral' | 'info' | 'ok' | 'warn' | 'bad';
