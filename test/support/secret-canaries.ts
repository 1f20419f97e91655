/**
 * Secrets put in the environment of the production build by dev/test-all.ts: none may end up in
 * the build output (.next), which e2e/auth.spec.ts checks. Made-up values, recognisable anywhere.
 */
export const BUILD_CANARIES: Readonly<Record<string, string>> = {
  KAFKASCOPE_SESSION_SECRET: 'canary-session-secret-3e8b1f6a9c2d4e7f0a1b2c3d',
  KAFKASCOPE_METRICS_TOKEN: 'canary-metrics-token-5d2a8f1e',
  KAFKASCOPE_OIDC_CLIENT_SECRET: 'canary-oidc-client-secret-7c4e9a2b',
  KAFKASCOPE_ALERT_WEBHOOK_URL: 'http://127.0.0.1:9/canary-webhook-token-1f6b3d8e',
  KAFKA_SASL_PASSWORD: 'canary-kafka-password-8a3f5c1e',
};
