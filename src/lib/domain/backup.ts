import { ARGON2ID, argon2idKey, isSaneArgon2, type Argon2Params } from '$lib/crypto/argon2';
import { base64ToBytes, bytesToBase64 } from '$lib/utils/base64';
import { BackupError, isInstant, validateData, type BackupData } from './backup-validate';
import { BACKUP_TABLES, KDF_ITERATIONS, deriveKey, type BackupTable } from './private-data';
import { isAtLeast, secretStrength } from './secret-strength';

// The app lock shares these; they live apart so the lock does not load backup checking.
export { BACKUP_TABLES, KDF_ITERATIONS, deriveKey, type BackupTable };
export { BackupError, validateData, type BackupData };

/**
 * The backup file format. Versioned and append-only like the database schema: a file from every
 * earlier format version must still import (see readBackupHeader and upgradeBackup).
 * - 1: PBKDF2-SHA-256 for encrypted files; counts, dates and a checksum of the data in the clear.
 * - 2: Argon2id (the app lock's derivation and parameters); an encrypted file shows nothing but
 *   how to open it, everything else is inside the ciphertext.
 */
export const BACKUP_FORMAT = 'blvd-companion-backup';
export const BACKUP_VERSION = 2;
/** Larger than three years of a client's records by far; a 200 MB file is refused before reading. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Format version 1 (still read): PBKDF2 with the iterations stored. */
export interface EncryptionV1 {
  alg: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
}

/** Format version 2: Argon2id with the parameters it was made with (see crypto/argon2.ts). */
export interface EncryptionV2 extends Argon2Params {
  alg: 'AES-GCM';
  kdf: 'argon2id';
  salt: string;
  iv: string;
}

/** What a backup says about itself: in the clear for a plain file, sealed for an encrypted one. */
export interface BackupMeta {
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  /** What the file claims; the preview counts the records that passed the checks instead. */
  counts: Partial<Record<BackupTable, number>>;
  /** SHA-256 (hex) of the canonical JSON of the data. */
  checksum: string;
}

/**
 * A backup file as read. A plain file (and every version 1 file) carries BackupMeta in the clear.
 * An encrypted version 2 file carries only format, formatVersion, encryption and ciphertext:
 * the counts (how many slips, PHQ-9s...), the dates, and even the app version stay inside, since
 * the version a phone ran narrows down when the backup was made, and nobody needs it before the
 * passphrase is given (the format version alone says how to read the file).
 */
export interface BackupFile extends Partial<BackupMeta> {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  encryption: EncryptionV1 | EncryptionV2 | null;
  data?: BackupData;
  /** Base64 AES-GCM ciphertext: of the data (version 1), of { ...meta, data } (version 2). */
  ciphertext?: string;
}

/** What a backup was opened to: its checked records and what it says about itself. */
export interface OpenedBackup {
  data: BackupData;
  meta: BackupMeta;
}

export interface BackupPreview {
  isEncrypted: boolean;
  formatVersion: number;
  /** Unknown until an encrypted version 2 file is opened. */
  appVersion?: string;
  exportedAt?: string;
  /** The records that will be written, counted after every check; absent until opened. */
  counts?: Partial<Record<BackupTable, number>>;
  firstDate?: string;
  lastDate?: string;
}

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
    );
  return `{${entries.join(',')}}`;
}

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

const toBase64 = bytesToBase64;
const fromBase64 = (text: string) => {
  try {
    return base64ToBytes(text);
  } catch {
    throw new BackupError('backup.error.shape');
  }
};
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The associated data of a version 2 ciphertext: the clear header itself. AES-GCM then refuses
 * a file whose parameters were changed (weaker ones, another salt) as surely as a changed
 * ciphertext.
 */
const associatedData = (file: Pick<BackupFile, 'format' | 'formatVersion' | 'encryption'>) =>
  utf8(
    canonicalJson({
      format: file.format,
      formatVersion: file.formatVersion,
      encryption: file.encryption,
    }),
  );

export interface BuildOptions {
  appVersion: string;
  schemaVersion: number;
  now: Date;
  passphrase?: string;
}

/** A backup passphrase must be at least fair (a file can be attacked offline, without limits). */
export const isBackupPassphraseStrong = (passphrase: string) =>
  isAtLeast(secretStrength(passphrase).level, 'fair');

/** Writes a backup file of the data, encrypted when a passphrase is given. */
export async function buildBackup(data: BackupData, options: BuildOptions): Promise<string> {
  const plain = canonicalJson(data);
  const counts: BackupMeta['counts'] = {};
  for (const table of BACKUP_TABLES) if (data[table]) counts[table] = data[table]!.length;
  const meta: BackupMeta = {
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    exportedAt: options.now.toISOString(),
    counts,
    checksum: await sha256(plain),
  };
  if (!options.passphrase) {
    const file: BackupFile = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_VERSION,
      ...meta,
      encryption: null,
      data,
    };
    return JSON.stringify(file);
  }
  if (!isBackupPassphraseStrong(options.passphrase))
    throw new BackupError('backup.error.weakPassphrase');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    encryption: {
      alg: 'AES-GCM',
      kdf: 'argon2id',
      ...ARGON2ID,
      salt: toBase64(salt),
      iv: toBase64(iv),
    } satisfies EncryptionV2,
  } as const;
  const key = await argon2idKey(options.passphrase, salt, ARGON2ID);
  // The data is spliced in as text: canonicalJson of the whole would sort and copy it again.
  const inner = `${canonicalJson(meta).slice(0, -1)},"data":${plain}}`;
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: associatedData(header) },
    key,
    utf8(inner),
  );
  return JSON.stringify({ ...header, ciphertext: toBase64(new Uint8Array(sealed)) });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuses keys that could reach object prototypes anywhere in parsed data. */
function assertSafeKeys(value: unknown, depth = 0): void {
  if (depth > 32) throw new BackupError('backup.error.shape');
  if (Array.isArray(value)) {
    for (const item of value) assertSafeKeys(item, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('backup.error.unsafe');
      assertSafeKeys((value as Record<string, unknown>)[key], depth + 1);
    }
  }
}

const isBase64 = (value: unknown, max: number): value is string =>
  typeof value === 'string' &&
  value.length <= max &&
  /^[A-Za-z0-9+/]*={0,2}$/.test(value) &&
  value.length % 4 === 0;

function isEncryptionV1(e: Record<string, unknown>): boolean {
  return (
    e.alg === 'AES-GCM' &&
    e.kdf === 'PBKDF2-SHA-256' &&
    Number.isInteger(e.iterations) &&
    (e.iterations as number) >= 100_000 &&
    (e.iterations as number) <= 10_000_000 &&
    isBase64(e.salt, 100) &&
    isBase64(e.iv, 100)
  );
}

/** isSaneArgon2 comes first: a crafted file must not make the phone hash 4 GiB, or nothing. */
function isEncryptionV2(e: Record<string, unknown>): boolean {
  return (
    e.alg === 'AES-GCM' &&
    e.kdf === 'argon2id' &&
    isSaneArgon2(e) &&
    isBase64(e.salt, 100) &&
    fromBase64(e.salt).length >= 16 &&
    isBase64(e.iv, 100) &&
    fromBase64(e.iv).length === 12
  );
}

/** The clear part of BackupMeta, checked so the preview can format its date. */
function isMeta(value: Partial<BackupMeta>): value is BackupMeta {
  return (
    typeof value.appVersion === 'string' &&
    value.appVersion.length <= 50 &&
    Number.isInteger(value.schemaVersion) &&
    typeof value.exportedAt === 'string' &&
    isInstant(Date.parse(value.exportedAt)) &&
    typeof value.checksum === 'string' &&
    /^[0-9a-f]{64}$/.test(value.checksum)
  );
}

/** Step 1: reads the header (no passphrase needed) and says how the file is to be opened. */
export function readBackupHeader(bytes: Uint8Array): BackupFile {
  if (bytes.length === 0) throw new BackupError('backup.error.empty');
  if (bytes.length > MAX_BACKUP_BYTES) throw new BackupError('backup.error.tooBig');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('backup.error.notJson');
  }
  assertSafeKeys(parsed);
  const file = parsed as Partial<BackupFile>;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== BACKUP_FORMAT) {
    throw new BackupError('backup.error.shape');
  }
  if (!Number.isInteger(file.formatVersion) || file.formatVersion! < 1) {
    throw new BackupError('backup.error.shape');
  }
  if (file.formatVersion! > BACKUP_VERSION) throw new BackupError('backup.error.newer');
  const e = file.encryption as Record<string, unknown> | null | undefined;
  if (e) {
    if (typeof e !== 'object' || !isBase64(file.ciphertext, MAX_BACKUP_BYTES))
      throw new BackupError('backup.error.shape');
    if (file.formatVersion === 1 ? !isEncryptionV1(e) || !isMeta(file) : !isEncryptionV2(e)) {
      throw new BackupError('backup.error.shape');
    }
  } else if (!file.data || typeof file.data !== 'object' || Array.isArray(file.data)) {
    throw new BackupError('backup.error.shape');
  } else if (!isMeta(file)) {
    throw new BackupError('backup.error.shape');
  }
  return file as BackupFile;
}

async function decrypt(
  file: BackupFile,
  key: (e: BackupFile['encryption'] & object) => Promise<CryptoKey>,
  additionalData?: Uint8Array,
): Promise<string> {
  const e = file.encryption!;
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(e.iv) as BufferSource,
        ...(additionalData ? { additionalData: additionalData as BufferSource } : {}),
      },
      await key(e),
      fromBase64(file.ciphertext!) as BufferSource,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    // AES-GCM cannot tell a wrong passphrase from a changed file; both fail authentication.
    throw new BackupError('backup.error.passphrase');
  }
}

/** Step 2: decrypts (if needed), checks the checksum and every record. Nothing is written yet. */
export async function openBackupFile(file: BackupFile, passphrase?: string): Promise<OpenedBackup> {
  let text: string;
  let meta: Partial<BackupMeta> = file;
  if (file.encryption && !passphrase) throw new BackupError('backup.error.needsPassphrase');
  if (file.encryption && file.formatVersion === 1) {
    text = await decrypt(file, (e) => {
      const v1 = e as EncryptionV1;
      return deriveKey(passphrase!, fromBase64(v1.salt), v1.iterations);
    });
  } else if (file.encryption) {
    const sealed = await decrypt(
      file,
      (e) => argon2idKey(passphrase!, fromBase64(e.salt), e as EncryptionV2),
      associatedData(file),
    );
    let inner: unknown;
    try {
      inner = JSON.parse(sealed);
    } catch {
      throw new BackupError('backup.error.shape');
    }
    assertSafeKeys(inner);
    if (!inner || typeof inner !== 'object' || Array.isArray(inner))
      throw new BackupError('backup.error.shape');
    const { data, ...rest } = inner as Partial<BackupMeta> & { data?: unknown };
    meta = rest;
    text = canonicalJson(data);
  } else {
    text = canonicalJson(file.data);
  }
  if (!isMeta(meta)) throw new BackupError('backup.error.shape');
  if ((await sha256(text)) !== meta.checksum) throw new BackupError('backup.error.checksum');
  const parsed = JSON.parse(text) as unknown;
  assertSafeKeys(parsed);
  const data = validateData(upgradeBackup(parsed as BackupData, file.formatVersion));
  return { data, meta };
}

/** Step 2, the records only. */
export async function openBackup(file: BackupFile, passphrase?: string): Promise<BackupData> {
  return (await openBackupFile(file, passphrase)).data;
}

/**
 * Brings data from an older format version to the current one (append a step per version).
 * Version 2 changed only the envelope (key derivation, what is sealed), not the records, so
 * version 1 data needs no step.
 */
export function upgradeBackup(data: BackupData, fromVersion: number): BackupData {
  if (fromVersion < 1) throw new BackupError('backup.error.shape');
  return data;
}

/**
 * What the preview shows, before anything is changed. Counts are of the records that passed
 * every check (what will be written), never the file's own claim; an encrypted version 2 file
 * says nothing until it is opened.
 */
export function previewOf(file: BackupFile, opened?: OpenedBackup): BackupPreview {
  const meta: Partial<BackupMeta> = opened?.meta ?? file;
  const preview: BackupPreview = {
    isEncrypted: !!file.encryption,
    formatVersion: file.formatVersion,
    ...(meta.appVersion !== undefined ? { appVersion: meta.appVersion } : {}),
    ...(meta.exportedAt !== undefined ? { exportedAt: meta.exportedAt } : {}),
  };
  if (!opened) return preview;
  const counts: BackupPreview['counts'] = {};
  for (const table of BACKUP_TABLES) {
    const length = opened.data[table]?.length;
    if (length) counts[table] = length;
  }
  const dates = (opened.data.checkIns ?? []).map((c) => c.date as string).sort();
  return {
    ...preview,
    counts,
    ...(dates.length ? { firstDate: dates[0], lastDate: dates.at(-1) } : {}),
  };
}

/** CSV with formulas defused: a cell a spreadsheet would run (=, +, -, @) is quoted as text. */
export function toCsv(rows: (string | number | undefined)[][]): string {
  const cell = (value: string | number | undefined) => {
    let text = value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
