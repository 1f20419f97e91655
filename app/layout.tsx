import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'Kafkascope', template: '%s · Kafkascope' },
  description: 'Watch Apache Kafka clusters: brokers, partitions, ISR, consumer lag and incidents.',
  // Inline, so no request for /favicon.ico (and no 404 in the console).
  icons: {
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='6.5' fill='none' stroke='%230284c7' stroke-width='1.5'/%3E%3Ccircle cx='8' cy='8' r='2.5' fill='%230284c7'/%3E%3C/svg%3E",
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

// Runs while the HTML is parsed, before the first paint: the saved theme, else the system's.
// Static text, rendered as a text child (no user data in it). Keep in sync with ThemeToggle.
const THEME_SCRIPT =
  "try{var t=localStorage.getItem('kafkascope-theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The Content-Security-Policy (proxy.ts) runs only scripts carrying this request's nonce.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce}>{THEME_SCRIPT}</script>
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
