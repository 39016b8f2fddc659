import type { MessageKey } from '$lib/i18n/en';
import { NOTE_MAX, isMood } from './checkIn';
import { isLocalDate } from './dates';
import { isPlanVersion } from './plan/plan';
import { isMeasureResult } from './measures/result';
import { BACKUP_TABLES, KDF_ITERATIONS, deriveKey, type BackupTable } from './private-data';
import { base64ToBytes, bytesToBase64 } from '$lib/utils/base64';

// The app lock shares these; they live apart so the lock does not load backup checking.
export { BACKUP_TABLES, KDF_ITERATIONS, deriveKey, type BackupTable };

/**
 * The backup file format. Versioned and append-only like the database schema: a file from every
 * earlier format version must still import (see upgradeBackup).
 */
export const BACKUP_FORMAT = 'blvd-companion-backup';
export const BACKUP_VERSION = 1;
/** Larger than three years of a client's records by far; a 200 MB file is refused before reading. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupData = Partial<Record<BackupTable, Record<string, unknown>[]>>;

export interface Encryption {
  alg: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  counts: Partial<Record<BackupTable, number>>;
  /** SHA-256 (hex) of the canonical JSON of `data`, checked before anything is written. */
  checksum: string;
  encryption: Encryption | null;
  data?: BackupData;
  /** Base64 AES-GCM ciphertext of the canonical JSON of `data`, when encrypted. */
  ciphertext?: string;
}

export interface BackupPreview {
  isEncrypted: boolean;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  counts: Partial<Record<BackupTable, number>>;
  firstDate?: string;
  lastDate?: string;
}

export class BackupError extends Error {
  constructor(readonly reason: MessageKey) {
    super(reason);
    this.name = 'BackupError';
  }
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
const fromBase64 = base64ToBytes;

export interface BuildOptions {
  appVersion: string;
  schemaVersion: number;
  now: Date;
  passphrase?: string;
}

/** Writes a backup file of the data, encrypted when a passphrase is given. */
export async function buildBackup(data: BackupData, options: BuildOptions): Promise<string> {
  const plain = canonicalJson(data);
  const counts: BackupFile['counts'] = {};
  for (const table of BACKUP_TABLES) if (data[table]) counts[table] = data[table]!.length;
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    exportedAt: options.now.toISOString(),
    counts,
    checksum: await sha256(plain),
    encryption: null,
  };
  if (options.passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const key = await deriveKey(options.passphrase, salt, KDF_ITERATIONS);
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      key,
      new TextEncoder().encode(plain),
    );
    file.encryption = {
      alg: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: KDF_ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(iv),
    };
    file.ciphertext = toBase64(new Uint8Array(sealed));
  } else {
    file.data = data;
  }
  return JSON.stringify(file);
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

/** Step 1: reads the header (no passphrase needed) and says what the file holds. */
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
  if (!file || typeof file !== 'object' || file.format !== BACKUP_FORMAT) {
    throw new BackupError('backup.error.shape');
  }
  if (typeof file.formatVersion !== 'number' || file.formatVersion < 1) {
    throw new BackupError('backup.error.shape');
  }
  if (file.formatVersion > BACKUP_VERSION) throw new BackupError('backup.error.newer');
  if (typeof file.checksum !== 'string' || typeof file.exportedAt !== 'string') {
    throw new BackupError('backup.error.shape');
  }
  if (file.encryption) {
    const e = file.encryption;
    if (
      e.alg !== 'AES-GCM' ||
      e.kdf !== 'PBKDF2-SHA-256' ||
      !Number.isInteger(e.iterations) ||
      e.iterations < 100_000 ||
      e.iterations > 10_000_000 ||
      typeof e.salt !== 'string' ||
      typeof e.iv !== 'string' ||
      typeof file.ciphertext !== 'string'
    ) {
      throw new BackupError('backup.error.shape');
    }
  } else if (!file.data || typeof file.data !== 'object' || Array.isArray(file.data)) {
    throw new BackupError('backup.error.shape');
  }
  return file as BackupFile;
}

/** Step 2: decrypts (if needed), checks the checksum and every record. Nothing is written yet. */
export async function openBackup(file: BackupFile, passphrase?: string): Promise<BackupData> {
  let text: string;
  if (file.encryption) {
    if (!passphrase) throw new BackupError('backup.error.needsPassphrase');
    try {
      const key = await deriveKey(
        passphrase,
        fromBase64(file.encryption.salt),
        file.encryption.iterations,
      );
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(file.encryption.iv) as BufferSource },
        key,
        fromBase64(file.ciphertext!) as BufferSource,
      );
      text = new TextDecoder().decode(plain);
    } catch {
      // AES-GCM cannot tell a wrong passphrase from a changed file; both fail authentication.
      throw new BackupError('backup.error.passphrase');
    }
  } else {
    text = canonicalJson(file.data);
  }
  if ((await sha256(text)) !== file.checksum) throw new BackupError('backup.error.checksum');
  const data = upgradeBackup(JSON.parse(text) as BackupData, file.formatVersion);
  assertSafeKeys(data);
  validateData(data);
  return data;
}

/** Brings data from an older format version to the current one (append a step per version). */
export function upgradeBackup(data: BackupData, fromVersion: number): BackupData {
  if (fromVersion < 1) throw new BackupError('backup.error.shape');
  // Version 1 is the first format. A later version adds its step here, e.g.
  // if (fromVersion < 2) data = fromVersion1(data);
  return data;
}

const isId = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value.length <= 300;
const isRecordList = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) &&
  value.every((item) => item && typeof item === 'object' && !Array.isArray(item));

/** Every record must be one the app could have written: a bad value refuses the whole file. */
export function validateData(data: BackupData): void {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new BackupError('backup.error.shape');
  for (const [table, records] of Object.entries(data)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(table))
      throw new BackupError('backup.error.shape');
    if (!isRecordList(records)) throw new BackupError('backup.error.shape');
    const key = table === 'settings' ? 'key' : 'id';
    for (const record of records) {
      if (!isId(record[key])) throw new BackupError('backup.error.values');
    }
  }
  for (const c of data.checkIns ?? []) {
    const ok =
      isMood(c.mood) &&
      Number.isInteger(c.craving) &&
      (c.craving as number) >= 0 &&
      (c.craving as number) <= 10 &&
      isLocalDate(c.date) &&
      Number.isFinite(c.at) &&
      Array.isArray(c.triggerIds) &&
      Array.isArray(c.copingIds) &&
      (c.note === undefined || (typeof c.note === 'string' && c.note.length <= NOTE_MAX));
    if (!ok) throw new BackupError('backup.error.values');
  }
  for (const a of data.attendance ?? []) {
    const ok =
      ['attended', 'late', 'leftEarly', 'missed', 'excused'].includes(a.status as string) &&
      isLocalDate(a.date) &&
      Number.isFinite(a.scheduledStart) &&
      Number.isFinite(a.scheduledEnd) &&
      typeof a.sessionId === 'string';
    if (!ok) throw new BackupError('backup.error.values');
  }
  for (const version of data.plans ?? []) {
    if (!isPlanVersion(version)) throw new BackupError('backup.error.values');
  }
  for (const r of data.recordings ?? []) {
    const ok =
      typeof r.mimeType === 'string' &&
      /^audio\/[\w.+-]+(;.*)?$/.test(r.mimeType) &&
      typeof r.data === 'string' &&
      /^[A-Za-z0-9+/]*={0,2}$/.test(r.data) &&
      Number.isFinite(r.durationMs);
    if (!ok) throw new BackupError('backup.error.values');
  }
  for (const m of data.measures ?? []) {
    if (!isMeasureResult(m)) throw new BackupError('backup.error.values');
  }
  for (const s of data.slips ?? []) {
    if (!isLocalDate(s.date)) throw new BackupError('backup.error.values');
  }
}

/** What the preview shows: counts and the span of check-ins, before anything is changed. */
export function previewOf(file: BackupFile, data?: BackupData): BackupPreview {
  const dates = (data?.checkIns ?? []).map((c) => c.date as string).sort();
  return {
    isEncrypted: !!file.encryption,
    formatVersion: file.formatVersion,
    appVersion: String(file.appVersion ?? ''),
    schemaVersion: Number(file.schemaVersion ?? 0),
    exportedAt: file.exportedAt,
    counts: file.counts ?? {},
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
