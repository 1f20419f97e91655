'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from '@/lib/client/auth';
import { HttpError } from '@/lib/client/fetch-json';
import { ThemeToggle } from '@/components/parts/ThemeToggle';
import { buttonClass, cardClass, inputClass, mutedClass } from '@/components/parts/ui';

/** Why the OpenID provider's round trip ended here (the callback says which, never free text). */
const SSO_ERRORS: Record<string, string> = {
  provider: 'The single sign-on provider cannot be reached right now. Try again in a moment.',
  expired: 'The sign-in took too long or was started elsewhere. Please try again.',
  failed: 'Single sign-on did not complete. Please try again; the server log says why.',
  'not-allowed': 'You signed in, but your account is not in a group allowed to use Kafkascope. Ask an administrator.',
};

export interface LoginMethods {
  password: boolean;
  oidc: { label: string } | null;
}

export function LoginView({ methods, next, error }: { methods: LoginMethods; next: string; error: string | null }) {
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(error ? (SSO_ERRORS[error] ?? 'Sign-in did not complete. Please try again.') : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const r = await signIn(user, password, next);
      // A full load: the pages render for the signed-in person from the server.
      window.location.assign(r.next);
    } catch (err) {
      setPassword('');
      setBusy(false);
      setProblem(err instanceof HttpError && err.status === 401 ? 'Wrong user name or password.' : err instanceof Error ? err.message.replace(/^too many/, 'Too many') : String(err));
    }
  };

  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="fixed right-3 top-3">
        <ThemeToggle />
      </div>
      <div className={`w-full max-w-sm p-6 shadow-sm ${cardClass}`}>
        <div className="mb-5 flex items-center gap-2">
          <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden className="text-sky-600 dark:text-sky-400">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <circle cx="8" cy="8" r="2.5" fill="currentColor" />
          </svg>
          <h1 className="text-lg font-semibold tracking-tight">Sign in to Kafkascope</h1>
        </div>
        {problem && (
          <p role="alert" data-testid="login-error" className="mb-4 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            {problem}
          </p>
        )}
        {methods.password && (
          <form onSubmit={(e) => void submit(e)} className="space-y-3">
            <div className="space-y-1">
              <label htmlFor="login-user" className="block text-sm font-medium text-slate-700 dark:text-slate-200">
                User name
              </label>
              <input id="login-user" name="username" autoComplete="username" required autoFocus value={user} onChange={(e) => setUser(e.target.value)} className={`${inputClass} w-full`} />
            </div>
            <div className="space-y-1">
              <label htmlFor="login-password" className="block text-sm font-medium text-slate-700 dark:text-slate-200">
                Password
              </label>
              <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} className={`${inputClass} w-full`} />
            </div>
            <button type="submit" disabled={busy} className="w-full rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500">
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        )}
        {methods.password && methods.oidc && (
          <div className={`my-4 flex items-center gap-2 text-xs ${mutedClass}`} aria-hidden>
            <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
            or
            <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
          </div>
        )}
        {methods.oidc && (
          // A plain link: the browser goes to the provider and comes back to the callback.
          <a href={`/api/auth/oidc/login?next=${encodeURIComponent(next)}`} className={`${buttonClass} w-full justify-center py-1.5`}>
            {methods.oidc.label}
          </a>
        )}
      </div>
    </main>
  );
}
