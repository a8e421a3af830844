// A real OpenID Provider for the tests (panva's oidc-provider, OpenID certified): authorization code
// with PKCE for a native public client (loopback redirects on any port, RFC 8252), dev interactions
// (a login form where the password is not checked, then consent), and a "groups" claim per account.
// Usage: node provider.mjs PORT  → prints "listening http://127.0.0.1:PORT" once ready.
import Provider from 'oidc-provider';

const port = Number(process.argv[2] || 0);
const issuer = `http://127.0.0.1:${port}`;
const GROUPS = {
  lead: ['support-leads', 'staff'],
  ann: ['support-agents'],
  vic: ['vip-managers', 'support-agents'],
  nobody: ['marketing'],
};

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'agentdesk',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/callback'],
  }],
  pkce: { methods: ['S256'], required: () => true },
  scopes: ['openid', 'offline_access', 'profile', 'email', 'groups'],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email'],
    groups: ['groups'],
  },
  conformIdTokenClaims: false, // profile and groups in the ID token itself
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({
      sub: id,
      preferred_username: id,
      name: `${id[0].toUpperCase()}${id.slice(1)} Example`,
      email: `${id}@exchange.example`,
      groups: GROUPS[id] || [],
    }),
  }),
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['agentdesk-test-cookie-key'] },
  ttl: { IdToken: 600, AccessToken: 600, AuthorizationCode: 120, RefreshToken: 3600 },
});
provider.proxy = false;
const server = provider.listen(port, '127.0.0.1', () => {
  console.log(`listening ${issuer}`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
