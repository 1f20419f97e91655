// Sign-in at an OpenID Connect provider: the authorization code flow with PKCE, state and nonce,
// all through openid-client (discovery, the token request, ID token validation, userinfo).
import * as client from 'openid-client';
import { z } from 'zod';
import type { OidcSettings } from '@/lib/config/auth';
import { isLoopbackHost } from '@/lib/config/auth';
import type { Role } from '@/lib/model/auth';
import { claimValues, nameFromClaims, roleFromClaims } from './roles';

const g = globalThis as unknown as { kafkascopeOidc?: { key: string; config: Promise<client.Configuration> } };

/** The provider's metadata, discovered once (again after a failure). */
export function providerConfiguration(o: OidcSettings): Promise<client.Configuration> {
  const key = `${o.issuer}\u0000${o.clientId}`;
  if (g.kafkascopeOidc?.key === key) return g.kafkascopeOidc.config;
  const issuer = new URL(o.issuer);
  // Plain http only for a provider on this machine (tests, a local identity provider).
  const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
  const config = client.discovery(issuer, o.clientId, o.clientSecret ?? undefined, o.clientSecret ? client.ClientSecretBasic(o.clientSecret) : client.None(), {
    execute: insecure ? [client.allowInsecureRequests] : [],
    timeout: 10,
  });
  config.catch(() => {
    if (g.kafkascopeOidc?.config === config) g.kafkascopeOidc = undefined;
  });
  g.kafkascopeOidc = { key, config };
  return config;
}

/** What the callback needs to finish the sign-in; kept in a sealed cookie for OIDC_FLOW_MS. */
export const flowSchema = z.object({ verifier: z.string().min(43).max(128), state: z.string().min(1).max(200), nonce: z.string().min(1).max(200), next: z.string().max(2000) });
export type Flow = z.infer<typeof flowSchema>;

export async function startSignIn(o: OidcSettings, next: string): Promise<{ url: URL; flow: Flow }> {
  const config = await providerConfiguration(o);
  const verifier = client.randomPKCECodeVerifier();
  const flow: Flow = { verifier, state: client.randomState(), nonce: client.randomNonce(), next };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: o.redirectUri,
    scope: o.scopes.join(' '),
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url, flow };
}

export interface SignedIn {
  name: string;
  /** null: the provider signed them in, but the configured viewer values exclude them. */
  role: Role | null;
  subject: string;
}

/**
 * Redeems the code the provider sent to the callback (`callbackUrl`, as the provider called it),
 * checking state, nonce and the ID token. Claims missing from the ID token come from userinfo.
 */
export async function finishSignIn(o: OidcSettings, flow: Flow, callbackUrl: URL): Promise<SignedIn> {
  const config = await providerConfiguration(o);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('the provider sent no ID token');
  let claims: Record<string, unknown> = { ...idClaims };
  const missing = claimValues(claims, o.roleClaim).length === 0 || typeof claims[o.nameClaim] !== 'string';
  if (missing && config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    claims = { ...info, ...idClaims };
    if (claimValues(idClaims, o.roleClaim).length === 0) claims[o.roleClaim.split('.')[0]!] = (info as Record<string, unknown>)[o.roleClaim.split('.')[0]!];
  }
  return { name: nameFromClaims(claims, o.nameClaim), role: roleFromClaims(claims, o), subject: idClaims.sub };
}
