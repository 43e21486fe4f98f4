/**
 * Accounts and tokens: built-in accounts with bcrypt password hashes, roles and a home unit (the scope), the
 * password login that issues signed JWTs ({@code POST /api/v1/auth/token}) with slow-down and lock-out after
 * repeated failures, password changes and resets, and what an empty database gets on first start.
 */
package vn.thidua.identity;
