/**
 * Who is calling: Cognito access tokens verified against the pool's published keys ({@link
 * cruddur.auth.AccessTokenVerifier} over {@link cruddur.auth.CognitoKeys}), and for local
 * development an issuer of the app's own ({@link cruddur.auth.LocalIssuer}) that signs tokens of
 * the same shape, so the same verifier runs locally and on AWS.
 */
package cruddur.auth;
