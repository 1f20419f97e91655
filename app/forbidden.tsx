import Link from 'next/link';

// What a signed-in viewer gets (HTTP 403) on a page for admins; styled from the app's stylesheet.
export const metadata = { title: 'Forbidden' };

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-6xl p-4">
      <h1 className="mb-2 text-2xl font-semibold">Forbidden</h1>
      <p className="text-slate-600 dark:text-slate-300">
        This page is for admins; your account is a viewer.{' '}
        <Link href="/" className="text-sky-700 underline dark:text-sky-400">
          Back to the clusters
        </Link>
      </p>
    </main>
  );
}
