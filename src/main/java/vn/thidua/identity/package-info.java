/**
 * Accounts and tokens: built-in accounts of people (bcrypt password hashes) and of integration clients (client id and
 * secret), with roles and a home unit (the scope); the grants that issue signed JWTs ({@code POST /api/v1/auth/token})
 * with slow-down and lock-out after repeated failures, rotating refresh tokens and logout; the token version that ends
 * every token of an account at once on every replica; password changes and resets, and what an empty database gets on
 * first start.
 */
package vn.thidua.identity;
