// Signing in and out, and the admin's actions: the POST routes of the API.
import type { Role } from '@/lib/model/auth';
import type { TestAlertResult } from '@/lib/views/admin';
import { postJson } from './fetch-json';

export function signIn(user: string, password: string, next: string) {
  return postJson<{ user: string; role: Role; next: string }>('/api/auth/login', { user, password, next });
}

export function signOut() {
  return postJson<{ ok: true }>('/api/auth/logout', {});
}

export function sendTestAlert(cluster: string, receiver: string) {
  return postJson<TestAlertResult>('/api/admin/test-alert', { cluster, receiver });
}
