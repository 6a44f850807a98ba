/**
 * A password hash as better-auth makes and checks it (scrypt), for passwords we set ourselves:
 * the first admin's and an invitee's. Its crypto module (with jose and noble, some sixty
 * modules) is loaded when a password is set, not on every start.
 */
export async function hashPassword(password: string): Promise<string> {
  const crypto = await import("better-auth/crypto");
  return crypto.hashPassword(password);
}
