import Link from 'next/link';

// Next.js's built-in 404 page carries an inline <style> without the CSP nonce (proxy.ts), which
// the browser refuses; this one is styled from the app's stylesheet like every other page.
export const metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-6xl p-4">
      <h1 className="mb-2 text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600 dark:text-slate-300">
        There is no page at this address.{' '}
        <Link href="/" className="text-sky-700 underline dark:text-sky-400">
          Back to the clusters
        </Link>
      </p>
    </main>
  );
}
