import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { http, type JsonResponse } from './http';

/** A SMART Backend Services client key (decision 024): the private key and the public JWK to register. */
export interface SmartKey {
  alg: 'RS384' | 'ES384';
  privateKey: KeyLike;
  publicJwk: Record<string, unknown>;
}

export async function smartKey(alg: 'RS384' | 'ES384' = 'ES384'): Promise<SmartKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), alg } };
}

/** A signed client assertion; `claims` overrides the standard ones (iss = sub = clientId, aud, exp in 4 min, jti). */
export async function clientAssertion(
  key: SmartKey,
  clientId: string,
  tokenUrl: string,
  claims: { iss?: string; sub?: string; aud?: string; exp?: number; jti?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: key.alg, typ: 'JWT' })
    .setIssuer(claims.iss ?? clientId)
    .setSubject(claims.sub ?? clientId)
    .setAudience(claims.aud ?? tokenUrl)
    .setExpirationTime(claims.exp ?? now + 240)
    .setJti(claims.jti ?? randomUUID())
    .sign(key.privateKey);
}

/** POST /fhir/r4/auth/token with a form body, as a SMART client sends it. */
export async function requestToken(
  gatewayUrl: string,
  assertion: string,
  scope: string,
): Promise<JsonResponse<{ access_token?: string; scope?: string; expires_in?: number; error?: string }>> {
  const res = await fetch(`${gatewayUrl}/fhir/r4/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    }).toString(),
  });
  return { status: res.status, body: (await res.json()) as never, headers: res.headers };
}

/** A token for `scope`, or a thrown error naming what the endpoint said. */
export async function smartToken(
  gatewayUrl: string,
  key: SmartKey,
  clientId: string,
  scope: string,
): Promise<string> {
  const res = await requestToken(
    gatewayUrl,
    await clientAssertion(key, clientId, `${gatewayUrl}/fhir/r4/auth/token`),
    scope,
  );
  if (res.status !== 200 || !res.body.access_token)
    throw new Error(`token refused: ${JSON.stringify(res.body)}`);
  return res.body.access_token;
}

/** A FHIR request with a bearer token (JSON bodies as application/fhir+json). */
export function fhir<T = any>(
  gatewayUrl: string,
  token: string | undefined,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  return http<T>(gatewayUrl, method, `/fhir/r4${path}`, {
    ...(token ? { auth: `Bearer ${token}` } : {}),
    body: options.body,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/fhir+json' } : {}),
      ...options.headers,
    },
  });
}

/** POST /fhir/r4/<type>/_search with a form body (FHIR search by POST: nothing personal in the URL). */
export async function fhirSearchByPost(
  gatewayUrl: string,
  token: string,
  type: string,
  form: Record<string, string>,
): Promise<JsonResponse> {
  const res = await fetch(`${gatewayUrl}/fhir/r4/${type}/_search`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${token}` },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}
