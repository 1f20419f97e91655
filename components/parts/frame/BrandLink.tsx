import Link from 'next/link';
import { paths } from '@/lib/client/paths';

/** The product's name and mark at the start of every page header, linking home. */
export function BrandLink() {
  return (
    <Link href={paths.home()} className="flex items-center gap-1.5 font-semibold tracking-tight text-slate-900 dark:text-slate-100">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden className="text-sky-600 dark:text-sky-400">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx="8" cy="8" r="2.5" fill="currentColor" />
      </svg>
      Kafkascope
    </Link>
  );
}
