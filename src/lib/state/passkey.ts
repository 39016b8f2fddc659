/**
 * WebAuthn with the PRF extension, used only on the phone: the passkey (Face ID, a fingerprint
 * or the phone's own PIN) turns a salt into a secret inside the phone's secure hardware, and
 * that secret unwraps the app lock's data key. There is no server: the challenge is random and
 * never checked anywhere, because nothing is signed in; the PRF output is the whole point.
 */
type PrfResults = { enabled?: boolean; results?: { first?: ArrayBuffer } };

const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** Whether to offer "Unlock with this phone's screen lock" at all. */
export async function canUsePasskeyPrf(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !navigator.credentials) return false;
  const withCapabilities = PublicKeyCredential as unknown as {
    getClientCapabilities?: () => Promise<Record<string, boolean>>;
  };
  try {
    const capabilities = await withCapabilities.getClientCapabilities?.();
    if (capabilities && capabilities['extension:prf'] === false) return false;
    return await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

async function prfFrom(
  credentialId: Uint8Array,
  salt: Uint8Array,
): Promise<ArrayBuffer | undefined> {
  const assertion = (await navigator.credentials.get({
    publicKey: {
      challenge: random(32),
      allowCredentials: [{ type: 'public-key', id: credentialId as BufferSource }],
      userVerification: 'required',
      timeout: 60_000,
      extensions: {
        prf: { eval: { first: salt as BufferSource } },
      } as AuthenticationExtensionsClientInputs,
    },
  })) as PublicKeyCredential | null;
  const prf = (assertion?.getClientExtensionResults() as { prf?: PrfResults }).prf;
  return prf?.results?.first;
}

/**
 * The name a passkey shows in the phone's password manager: neutral, so that someone looking
 * through it does not learn that a recovery app is on the phone.
 */
export const PASSKEY_NAME = 'Screen lock';

/**
 * Creates a passkey for the app on this phone and reads its PRF secret. Undefined when the
 * phone's authenticator has no PRF (the option is then explained and nothing is kept).
 * Not discoverable where the platform lets us choose: the app names the passkey it wants, so it
 * need not be listed, offered at sign-in elsewhere or synced as an account.
 */
export async function createPasskeyPrf(): Promise<
  { credentialId: Uint8Array; salt: Uint8Array; prfOutput: ArrayBuffer } | undefined
> {
  const salt = random(32);
  const credential = (await navigator.credentials.create({
    publicKey: {
      rp: { name: PASSKEY_NAME },
      user: { id: random(16), name: PASSKEY_NAME, displayName: PASSKEY_NAME },
      challenge: random(32),
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: {
        authenticatorAttachment: 'platform',
        userVerification: 'required',
        residentKey: 'discouraged',
        requireResidentKey: false,
      },
      timeout: 60_000,
      extensions: { prf: { eval: { first: salt } } } as AuthenticationExtensionsClientInputs,
    },
  })) as PublicKeyCredential | null;
  if (!credential) return undefined;
  const prf = (credential.getClientExtensionResults() as { prf?: PrfResults }).prf;
  if (!prf?.enabled) return undefined;
  const credentialId = new Uint8Array(credential.rawId);
  // Some authenticators give the secret at creation; the others on a first use.
  const prfOutput = prf.results?.first ?? (await prfFrom(credentialId, salt));
  return prfOutput ? { credentialId, salt, prfOutput } : undefined;
}

/** Asks the phone's screen lock for the secret of the app's passkey. */
export async function passkeySecret(passkey: {
  credentialId: Uint8Array;
  salt: Uint8Array;
}): Promise<ArrayBuffer | undefined> {
  return prfFrom(passkey.credentialId, passkey.salt);
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * Tells the phone that a passkey is no longer used (the lock turned off, the passkey removed, all
 * data deleted), so its password manager can remove it. Only where the browser has the Signal
 * API; elsewhere the passkey stays in the phone's list, where the client can delete it.
 */
export async function forgetPasskey(credentialId: Uint8Array): Promise<void> {
  if (typeof PublicKeyCredential === 'undefined') return;
  const api = PublicKeyCredential as unknown as {
    signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
  };
  try {
    await api.signalUnknownCredential?.({
      rpId: location.hostname,
      credentialId: base64url(credentialId),
    });
  } catch {
    // Nothing else to do: the passkey no longer opens anything here.
  }
}
